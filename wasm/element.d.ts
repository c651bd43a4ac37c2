// Types of newsfacts/element: the <news-facts> custom element.
import type { Result } from './newsfacts.js';

/** Draws a result's facts (people, organisations, places, groups, times, quotes, events) into `root` with DOM calls only. */
export function renderFacts(root: ShadowRoot | HTMLElement, result: Result | null): void;

/**
 * `<news-facts date="2024-07-14">article text</news-facts>`: extracts from its `text`
 * attribute or its text content, or shows `result` when one is set; fires `extracted`
 * (detail: the result) after each extraction.
 */
export class NewsFactsElement extends HTMLElement {
  result: Result | null;
  refresh(): Promise<Result | null>;
}

declare global {
  interface HTMLElementTagNameMap { 'news-facts': NewsFactsElement; }
}
