// Splits core's stylesheet for the script-tag build by when a page needs it, without changing a
// rule: consent.css (what a first visit shows: the banner, buttons, the settings control, the
// status region, the custom properties and themes), consent.dialog.css (the preferences dialog,
// its switches and the cookie tables), which the script loads with the dialog's or the cookie
// table's code, consent.embeds.css (gated-embed placeholders), loaded with the embeds' code, and
// consent.dark.css (the dark palette of the `dark` and `auto` themes), loaded before the banner
// when the `theme` option names one of them.
// Together they are exactly the stylesheet React and Vue use.
import postcss from 'postcss';

/**
 * The later files, each with the test of what it holds: a rule goes to one only when every `ic-`
 * class and `data-ic-theme` attribute its selectors name passes that file's test (so a rule that
 * also styles the banner, such as `:where(.ic-banner, .ic-dialog)`, stays in consent.css).
 */
export const LATER = {
  dialog: /^\.ic-(dialog|close|category|row|services?|switch|table|declaration|always-active|gpc|contact|policy|cookies)\b/,
  embeds: /^\.ic-embed-/,
  dark: /^\[data-ic-theme=(dark|auto)\]$/,
};

/** The `ic-` classes and theme attributes a selector names. */
const hooksOf = (selector) => selector.match(/\.ic-[\w-]+|\[data-ic-theme=\w+\]/g) ?? [];

/**
 * @param {string} css - Core's stylesheet.
 * @returns {{ first: string } & Record<keyof typeof LATER, string>} The parts (rules in their
 *   order; at-rules split by their rules; `@font-face` and `@keyframes` stay in the first).
 */
export function splitStylesheet(css) {
  const roots = { first: postcss.root(), ...Object.fromEntries(Object.keys(LATER).map((k) => [k, postcss.root()])) };
  const hooks = (node) => node.selectors.map(hooksOf);
  const layerOf = (node) =>
    (node.type === 'rule' && Object.keys(LATER).find((k) => hooks(node).every((names) => names.length > 0 && names.every((n) => LATER[k].test(n))))) || 'first';
  postcss.parse(css).each((node) => {
    if (node.type === 'atrule' && node.nodes && node.name !== 'font-face' && node.name !== 'keyframes') {
      const parts = Object.fromEntries(Object.keys(roots).map((k) => [k, node.clone({ nodes: [] })]));
      node.each((child) => void parts[layerOf(child)].append(child.clone()));
      for (const [k, part] of Object.entries(parts)) if (part.nodes.length) roots[k].append(part);
    } else if (node.type !== 'comment') roots[layerOf(node)].append(node.clone());
  });
  return Object.fromEntries(Object.entries(roots).map(([k, root]) => [k, root.toString()]));
}
