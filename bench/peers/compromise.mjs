// compromise + compromise-dates: one nlp() pass, then the views a news-facts reader wants.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

const span = { offset: true, terms: false };

// ref: the reference date ("today") that relative dates resolve against, YYYY-MM-DD.
export function run(text, ref = '2017-07-18') {
  const doc = nlp(text);
  const json = JSON.stringify({
    people: doc.people().json(span),
    organizations: doc.organizations().json(span),
    places: doc.places().json(span),
    dates: doc.dates({ today: ref, timezone: 'UTC' }).json(span),
    numbers: doc.numbers().json(span),
    quotations: doc.quotations().json(span),
  });
  return json.length;
}
