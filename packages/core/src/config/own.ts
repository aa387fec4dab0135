/**
 * Own-property reads: nothing the library reads from a config, an option bag, a choice or a
 * message may come from `Object.prototype`, so a polluted prototype (`Object.prototype.required
 * = true`) can neither make a category required nor grant anything (issue 11, Security model).
 */

const ownProperty = Object.prototype.hasOwnProperty;

/** True when `key` is an own property of `object` (never one inherited from a prototype). */
export const hasOwn = (object: unknown, key: PropertyKey): boolean => object != null && ownProperty.call(object, key);

/** `object[key]` when it is an own property, else `undefined`. */
export const ownValue = <T = unknown>(object: unknown, key: PropertyKey): T | undefined =>
  hasOwn(object, key) ? ((object as Record<PropertyKey, T>)[key] as T) : undefined;

/**
 * A copy of `value` made of own enumerable properties only: plain objects become
 * null-prototype objects, arrays new arrays, recursively; anything else (functions, RegExps,
 * dates, class instances) is kept as it is. Cycles are cut (a repeated object becomes `undefined`).
 *
 * @param value - A config, an options bag or a choice, as the caller gave it.
 * @returns The sanitized copy; reading a missing key from it gives `undefined`, never a prototype's value.
 * @example
 * ```ts
 * Object.prototype.required = true;
 * ownCopy({ analytics: {} }).analytics.required; // undefined
 * ```
 */
export function ownCopy<T>(value: T, seen: Set<unknown> = new Set()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return (seen.has(value) ? undefined : value) as T;
  const proto = Object.getPrototypeOf(value);
  const array = Array.isArray(value);
  if (!array && proto !== Object.prototype && proto !== null) return value;
  seen.add(value);
  const out: Record<string, unknown> = array ? ([] as never) : Object.create(null);
  for (const key of Object.keys(value)) out[key] = ownCopy((value as Record<string, unknown>)[key], seen);
  seen.delete(value);
  return out as T;
}
