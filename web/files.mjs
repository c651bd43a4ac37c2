// Opening an article from a file (chosen or dropped): a .txt as it is, an .html reduced to
// its text. The HTML is parsed by DOMParser into a document that is never shown: in it no
// script runs and nothing (image, style sheet, frame) is fetched; only its text is read.

/** Elements whose text is not the article's. */
const SKIP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, head, nav, aside, form, button, select';

/** Elements that start a new paragraph. */
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL']);

/** The paragraphs of `root`: the text of its blocks, white space collapsed. */
function paragraphs(root) {
  const out = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    line = '';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCK.has(child.tagName);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/**
 * `onerror=` and the like renamed `data-on…=` inside tags. They would not run in the parsed
 * document (and the page's CSP forbids inline handlers), but Chromium checks each one
 * against the CSP while parsing and logs a violation: a saved news page has many.
 */
function renameHandlers(html) {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/([\s/])on([a-zA-Z]+\s*=)/g, '$1data-on$2'));
}

/** The publication date an HTML page states (meta or <time datetime>), as YYYY-MM-DD. */
function publishedDate(doc, root) {
  const meta = doc.querySelector('meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"]');
  const value = meta?.getAttribute('content') || root.querySelector('time[datetime]')?.getAttribute('datetime') || '';
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return m ? m[1] : null;
}

/**
 * An HTML page as article text: the <article> (else the body) as paragraphs separated by
 * blank lines. With a stated date and an <h1>, the first line is the header the engine
 * reads, `date YYYY-MM-DD Headline`.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(renameHandlers(html), 'text/html');
  const root = doc.querySelector('article') || doc.body;
  const date = publishedDate(doc, root);
  for (const node of root.querySelectorAll(SKIP)) node.remove();
  const h1 = root.querySelector('h1') || doc.querySelector('h1');
  const headline = h1 ? h1.textContent.replace(/\s+/g, ' ').trim() : '';
  if (date && headline && root.contains(h1)) h1.remove();
  const body = paragraphs(root);
  if (date && headline) body.unshift(`date ${date} ${headline}`);
  return body.join('\n\n');
}

const isHTML = (file) => /\.x?html?$/i.test(file.name) || file.type === 'text/html' || file.type === 'application/xhtml+xml';
const isText = (file) => /\.(txt|text|md)$/i.test(file.name) || file.type.startsWith('text/');

/** A file's article text, and how it was read; rejects a file that is neither text nor HTML. */
export async function readArticleFile(file) {
  if (isHTML(file)) return { text: htmlToText(await file.text()), how: 'HTML reduced to its text' };
  if (isText(file)) return { text: await file.text(), how: 'plain text' };
  throw new Error(`${file.name} is not a .txt or .html file`);
}
