// <news-facts>: a custom element that shows the facts of one article, for sites that
// embed the view with one tag.
//
//   <script type="module">import 'newsfacts/element';</script>
//   <news-facts date="2024-07-14">GAZA CITY (AP) — ... the article's text ...</news-facts>
//
// It extracts from its `text` attribute, else its own text content (which it hides), or
// shows a result given to it: `el.result = nf.extract(text)`. After each extraction it
// fires `extracted` with the result as `detail`. Everything is drawn with createElement
// and textContent into a shadow root: the article's words never become markup.

import { createExtractor } from './newsfacts.mjs';

const STYLE = `
:host { display: block; font: 14px/1.45 system-ui, sans-serif; color: CanvasText; }
:host([hidden]) { display: none; }
section { margin: 0 0 12px; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; margin: 0 0 4px; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
.note { opacity: .8; }
.error { color: #b00020; }
`;

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function section(root, title, items) {
  if (!items.length) return;
  const s = el('section');
  const id = `nf-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const h = el('h2', title);
  h.id = id;
  s.setAttribute('aria-labelledby', id);
  const list = el('ul');
  for (const item of items) list.append(item);
  s.append(h, list);
  root.append(s);
}

function item(main, note) {
  const li = el('li', main);
  if (note) li.append(' ', el('span', note, 'note'));
  return li;
}

const TYPES = [['person', 'People'], ['organization', 'Organisations'], ['location', 'Places'], ['group', 'Groups']];

export function renderFacts(root, result) {
  root.replaceChildren(el('style', STYLE));
  if (!result) return;
  if (result.error) {
    root.append(el('p', `newsfacts: ${result.error.message}`, 'error'));
    return;
  }
  const byId = new Map((result.entities || []).map((e) => [e.id, e]));
  const name = (id) => (byId.get(id) || {}).name || '';
  for (const [type, title] of TYPES) {
    section(root, title, (result.entities || []).filter((e) => e.type === type).map((e) => {
      const notes = [...(e.titles || [])];
      if (e.unnamed) notes.push('unnamed source');
      if (e.place && e.place.lat !== null && e.place.lat !== undefined) notes.push(`${e.place.lat}, ${e.place.lon}`);
      return item(e.name, notes.length ? `(${notes.join('; ')})` : '');
    }));
  }
  section(root, 'When', (result.times || []).map((t) => item(t.text, t.value ? `→ ${t.value}` : '')));
  section(root, 'Who said what', (result.quotes || []).map((q) => {
    const who = name(q.speaker) || q.speaker_text || 'unattributed';
    return item(`${who}: “${q.text}”`, q.kind === 'indirect' ? '(reported)' : '');
  }));
  section(root, 'What happened', (result.events || []).map((v) => {
    const parts = [v.date, name(v.location), v.fatalities !== null && v.fatalities !== undefined ? `${v.fatalities} killed` : '']
      .filter(Boolean);
    return item(v.subtype || v.type, parts.length ? `(${parts.join(', ')})` : '');
  }));
}

export class NewsFactsElement extends HTMLElement {
  static get observedAttributes() { return ['text', 'date']; }

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    this._result = null;
    this._given = false;  // a result set from outside: do not extract over it
    this._run = 0;
  }

  get result() { return this._result; }

  set result(value) {
    this._given = true;
    this._result = value || null;
    renderFacts(this._root, this._result);
  }

  connectedCallback() {
    if (!this._given) this.refresh();
  }

  attributeChangedCallback() {
    if (this.isConnected && !this._given) this.refresh();
  }

  /** Extracts again from the `text` attribute or the text content. */
  async refresh() {
    const text = this.getAttribute('text') ?? this.textContent ?? '';
    if (!text.trim()) {
      renderFacts(this._root, null);
      return null;
    }
    const run = ++this._run;
    const nf = await createExtractor();
    if (run !== this._run || this._given) return this._result;  // a newer call or a given result won
    const date = this.getAttribute('date');
    this._result = nf.extract(text, date ? { date } : {});
    renderFacts(this._root, this._result);
    this.setAttribute('aria-busy', 'false');
    this.dispatchEvent(new CustomEvent('extracted', { detail: this._result }));
    return this._result;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('news-facts')) {
  customElements.define('news-facts', NewsFactsElement);
}
