import type { CookieDeclaration } from '../config/types';
import { cookieTest } from '../config/model';

/** A pattern that cannot share one expression with others: backreferences and named groups depend on group numbers and names. */
const ALONE = /\\[1-9]|\\k<|\(\?<(?![=!])/;

/**
 * Which of many declarations (cookie names and patterns, or storage keys) a name matches first,
 * in declaration order, without testing every declaration against every name: exact names are
 * looked up in a `Map`; patterns are tried through one expression per set of flags that joins
 * them all, and only a name that expression matches is tested pattern by pattern (to tell which
 * declaration comes first). Each pattern is compiled on its first use only. A declared `name`
 * stays literal (R13): `.`, `*`, `|` mean themselves.
 *
 * @param declarations - The declarations in order (earlier ones win a name).
 * @returns `(name) => index` of the first declaration that matches `name`, else `-1`.
 * @throws When a string pattern is not a valid regular expression (as `new RegExp` does).
 * @example
 * ```ts
 * const first = nameIndex([{ name: '_ga' }, { pattern: /^_ga/ }]);
 * first('_ga'); // 0
 * first('_ga_ABC'); // 1
 * first('x'); // -1
 * ```
 * @remarks R13: docs/rules.md (exact names, patterns only where declared).
 */
export function nameIndex(declarations: readonly Pick<CookieDeclaration, 'name' | 'pattern'>[]): (name: string) => number {
  const literal = new Map<string, number>();
  const patterns: { at: number; declaration: CookieDeclaration; test?: (name: string) => boolean }[] = [];
  const joined = new Map<string, string[]>(); // flags -> sources
  const alone: ((name: string) => boolean)[] = [];
  declarations.forEach((d, at) => {
    const declaration = d as CookieDeclaration;
    const { pattern } = declaration;
    if (pattern === undefined) {
      if (!literal.has(declaration.name)) literal.set(declaration.name, at);
      return;
    }
    patterns.push({ at, declaration });
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    // `g` and `y` only move `lastIndex`; the joined expression tests from the start like cookieTest.
    const flags = typeof pattern === 'string' ? '' : pattern.flags.replace(/[gy]/g, '');
    if (ALONE.test(source)) alone.push(cookieTest(declaration));
    else (joined.get(flags) ?? joined.set(flags, []).get(flags)!).push(`(?:${source})`);
  });
  const any: ((name: string) => boolean)[] = [...alone];
  joined.forEach((sources, flags) => {
    let re: RegExp | undefined;
    try {
      re = new RegExp(sources.join('|'), flags);
    } catch {
      // Should the joined sources not parse together: every name goes to the one-by-one tests.
    }
    any.push(re ? (n) => re.test(n) : () => true);
  });
  return (name) => {
    const exact = literal.get(name) ?? -1;
    if (patterns.length && any.some((test) => test(name))) {
      for (const p of patterns) {
        if (exact >= 0 && p.at > exact) break;
        p.test ??= cookieTest(p.declaration);
        if (p.test(name)) return p.at;
      }
    }
    return exact;
  };
}
