/** Makes element ids for `aria-labelledby` and `for`: unique in the page, also across mounts. */
export type IdFactory = () => string;

/**
 * A new id factory: `ic-<random>-1`, `ic-<random>-2`, ... The random part keeps the ids of two
 * mounts (or of two copies of this code, e.g. the script-tag build and its on-demand dialog
 * file) apart.
 */
export function createIds(): IdFactory {
  const base = `ic-${Math.random().toString(36).slice(2, 8)}-`;
  let n = 0;
  return () => base + ++n;
}
