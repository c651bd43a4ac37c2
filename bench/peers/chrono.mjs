// chrono-node: dates and times in the text, resolved against a reference date.
import * as chrono from 'chrono-node';

export function run(text, ref = '2017-07-18') {
  const refDate = new Date(`${ref}T12:00:00Z`);
  const json = JSON.stringify(chrono.parse(text, refDate).map((r) => ({
    index: r.index,
    text: r.text,
    start: r.start.date().toISOString(),
    end: r.end ? r.end.date().toISOString() : null,
  })));
  return json.length;
}
