/** A small element builder: the pages are a few forms and lists, not worth a framework. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean>> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value == null) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child || child === '') el.append(child);
  }
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

/**
 * A search snippet is HTML-escaped text with <mark> around the matches. It is rebuilt from
 * text nodes and <mark> elements only, so nothing else in it could ever run or render.
 */
export function snippetNodes(snippet: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${snippet}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const node of parsed.body.firstElementChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') nodes.push(h('mark', {}, node.textContent ?? ''));
    else nodes.push(document.createTextNode(node.textContent ?? ''));
  }
  return nodes;
}

export function formatTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
