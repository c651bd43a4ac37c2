// wink-nlp with its English lite web model: readDoc (sentences, tokens, POS, NER), then out.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;

// ref is unused: wink's entities carry no resolved dates.
export function run(text, ref) {  // eslint-disable-line no-unused-vars
  const doc = nlp.readDoc(text);
  const json = JSON.stringify({
    entities: doc.entities().out(its.detail),
    entity_spans: doc.entities().out(its.span),
    sentences: doc.sentences().out(its.span),
    tokens: doc.tokens().out(),
    pos: doc.tokens().out(its.pos),
  });
  return json.length;
}
