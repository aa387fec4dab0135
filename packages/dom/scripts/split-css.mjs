// Splits core's stylesheet for the script-tag build by when a page needs it, without changing a
// rule: consent.css (what a first visit shows: the banner, buttons, the settings control, embed
// placeholders, the status region, the custom properties) and consent.dialog.css (the preferences
// dialog, its switches and the cookie tables), which the script loads with the dialog's or the
// cookie table's code. Together they are exactly the stylesheet React and Vue use.
import postcss from 'postcss';

/** Classes of the second layer: a rule goes to consent.dialog.css only when every selector in it names one. */
const SECOND_LAYER = /\.ic-(dialog|close|category|row|service|switch|table|declaration|always-active|gpc|contact|policy|cookies)\b/;

/**
 * @param {string} css - Core's stylesheet.
 * @returns {{ first: string, second: string }} The two halves (rules in their order; at-rules split by their rules).
 */
export function splitStylesheet(css) {
  const first = postcss.root();
  const second = postcss.root();
  const later = (node) => node.type === 'rule' && node.selectors.every((s) => SECOND_LAYER.test(s));
  postcss.parse(css).each((node) => {
    if (node.type === 'atrule' && node.nodes && node.name !== 'font-face' && node.name !== 'keyframes') {
      const a = node.clone({ nodes: [] });
      const b = node.clone({ nodes: [] });
      node.each((child) => (later(child) ? b : a).append(child.clone()));
      if (a.nodes.length) first.append(a);
      if (b.nodes.length) second.append(b);
    } else if (node.type !== 'comment') (later(node) ? second : first).append(node.clone());
  });
  return { first: first.toString(), second: second.toString() };
}
