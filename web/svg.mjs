// SVG elements built node by node for the page's map and timeline (no markup strings):
// attributes are set one by one, text goes in as Text nodes.

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children (nodes; null and false are skipped). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children.flat()) if (c != null && c !== false) node.append(c);
  return node;
}

/** An SVG element holding only text (a <title>, a <text> label). */
export function svgText(tag, attrs, content) {
  const node = svg(tag, attrs);
  node.textContent = content;
  return node;
}
