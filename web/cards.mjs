// Fact cards for the highlights of the annotated text. Hover, focus or tap a highlight and
// a small card says what the core found (describe.mjs writes it; it is drawn here with
// createElement and textContent).
//
// Keyboard: the text region is one tab stop. From it (or from a highlight) the arrow keys
// move between highlights (a roving tabindex: only the current highlight is focusable),
// Home and End go to the first and last, Escape closes the card and then returns to the
// region. The card is role="tooltip" and the current highlight points to it with
// aria-describedby, so a screen reader reads the card when the highlight gets focus.
// It stays open while the pointer is over it (WCAG 1.4.13) and closes on Escape.

import { context, describe } from './describe.mjs';

const HIDE_DELAY_MS = 250;
const GAP = 6;     // px between the highlight and its card
const MARGIN = 8;  // px the card keeps from the window's edges

/** highlight element -> { kind, span } (the fact each highlight shows) */
const facts = new WeakMap();

/** Makes `node` a highlight with a card: `kind` and `span` are what describe() reads. */
export function markTarget(node, kind, span) {
  node.dataset.card = kind;
  facts.set(node, { kind, span });
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/** Fills the card element with one description. */
function drawCard(card, { kind, heading, rows }) {
  card.dataset.kind = kind;
  const list = el('dl', 'fact-card-rows');
  for (const [label, value] of rows) list.append(el('dt', null, label), el('dd', null, value));
  card.replaceChildren(el('p', 'fact-card-heading', heading), rows.length ? list : '');
}

/** Puts the card under the highlight's first line (above it when there is no room below). */
function place(card, target) {
  const rect = target.getClientRects()[0] || target.getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN));
  let top = rect.bottom + GAP;
  if (top + height > window.innerHeight - MARGIN && rect.top - GAP - height >= MARGIN) top = rect.top - GAP - height;
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}

/**
 * Wires the cards of `region` (the annotated text). Returns { setResult(result) }, to be
 * called after each render (the card's names and quote counts come from the result).
 */
export function createCards(region) {
  const card = el('div', 'fact-card');
  card.id = 'fact-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);

  let ctx = context(null);
  let shown = null;    // the highlight whose card is open
  let current = null;  // the highlight that holds the roving tabindex
  let hideTimer = 0;

  const targetOf = (node) => {
    const t = node instanceof Element ? node.closest('[data-card]') : null;
    return t && region.contains(t) && facts.has(t) ? t : null;
  };
  const stops = () => [...region.querySelectorAll('[data-card]:not([data-cont])')];
  /** The first piece of a highlight split by another one's edge (the piece that is a stop). */
  const stopOf = (target) => {
    if (target.dataset.cont == null) return target;
    const { span } = facts.get(target);
    return stops().find((s) => facts.get(s).span === span) || target;
  };

  function show(target) {
    clearTimeout(hideTimer);
    if (shown && shown !== target) shown.removeAttribute('aria-describedby');
    const { kind, span } = facts.get(target);
    drawCard(card, describe(kind, span, ctx));
    card.hidden = false;
    target.setAttribute('aria-describedby', card.id);
    shown = target;
    place(card, target);
  }

  function hide() {
    clearTimeout(hideTimer);
    card.hidden = true;
    shown?.removeAttribute('aria-describedby');
    shown = null;
  }

  /** After a pointer leaves: back to the focused highlight's card, or none. */
  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      const focused = targetOf(document.activeElement);
      if (focused) show(focused); else hide();
    }, HIDE_DELAY_MS);
  }

  function focusStop(target) {
    if (current && current !== target) current.removeAttribute('tabindex');
    current = target;
    target.tabIndex = -1;
    show(target);    // the description exists before focus, so it is read with the highlight
    target.focus();
    place(card, target);  // focus() may have scrolled it
  }

  region.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const list = stops();
    const from = targetOf(document.activeElement);
    const at = from ? list.indexOf(from) : -1;
    let next = null;
    switch (event.key) {
      case 'ArrowRight': case 'ArrowDown': next = list[at + 1] ?? (at < 0 ? list[0] : null); break;
      case 'ArrowLeft': case 'ArrowUp': next = at < 0 ? list[list.length - 1] : list[at - 1]; break;
      case 'Home': next = list[0]; break;
      case 'End': next = list[list.length - 1]; break;
      case 'Escape':
        if (shown) hide(); else if (from) region.focus(); else return;
        event.preventDefault();
        return;
      case 'Enter': case ' ':
        if (!from) return;
        if (shown === from) hide(); else show(from);
        event.preventDefault();
        return;
      default: return;
    }
    event.preventDefault();  // the arrows move between highlights instead of scrolling
    if (next) focusStop(next);
  });

  region.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;  // touch and pen: a tap (click) opens it
    const t = targetOf(event.target);
    if (t) show(t);
  });
  region.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    if (!targetOf(event.relatedTarget) && !card.contains(event.relatedTarget)) hideSoon();
  });
  card.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  card.addEventListener('pointerleave', (event) => {
    if (!targetOf(event.relatedTarget)) hideSoon();
  });

  region.addEventListener('click', (event) => {
    const t = targetOf(event.target);
    // (not when the click ends a text selection, which focus would clear)
    if (t && window.getSelection()?.isCollapsed !== false) focusStop(stopOf(t));
  });
  // A tap or click elsewhere closes the card; so does focus leaving the text.
  document.addEventListener('pointerdown', (event) => {
    if (shown && !region.contains(event.target) && !card.contains(event.target)) hide();
  });
  region.addEventListener('focusout', (event) => {
    if (!region.contains(event.relatedTarget)) hideSoon();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shown && !region.contains(event.target)) hide();
  });
  // The card follows its highlight when the text or the page scrolls.
  window.addEventListener('scroll', () => { if (shown) place(card, shown); }, { capture: true, passive: true });
  window.addEventListener('resize', () => { if (shown) place(card, shown); });

  return {
    /** A new render: the old highlights are gone. */
    setResult(result) {
      ctx = context(result);
      hide();
      current = null;
    },
  };
}
