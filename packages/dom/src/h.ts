/** Attribute values for {@link h}: a string (or number) is set as is, `true` as `""`, `false`/`null`/`undefined` leave it out. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** A child for {@link h}: an element, a text (always a text node, never parsed as HTML), or nothing (`''` included). */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Texts become text nodes and attributes are
 * set with `setAttribute`, so nothing from a config or a translation is ever read as HTML
 * (DESIGN.md "Rules"), and no `style` is ever written (strict CSP).
 *
 * @param tag - The element name, e.g. `button`.
 * @param attrs - Attributes; see {@link Attrs}.
 * @param children - Elements and texts, in order.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (value !== undefined && value !== null && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.filter((c): c is Node | string => !!c));
  return el;
}

/** Joins class names, skipping empty ones. */
export const cx = (...names: (string | null | undefined | false)[]): string => names.filter(Boolean).join(' ');

/** Calls `listener` on `event` of `target`; returns the function that removes it. */
export function listen<E extends Event = Event>(target: EventTarget, event: string, listener: (event: E) => void, capture = false): () => void {
  target.addEventListener(event, listener as EventListener, capture);
  return () => target.removeEventListener(event, listener as EventListener, capture);
}

/** Gives `el` back the `class` attribute it had (`null`: none). */
export function restoreClass(el: Element, className: string | null): void {
  if (className === null) el.removeAttribute('class');
  else el.setAttribute('class', className);
}
