/**
 * The consent UI gallery of the React demo (examples/react/gallery.html): one live view per layout
 * and theme (`?layout=corner&theme=dark[&lang=nl][&dir=rtl]`), with the banner shown on every load
 * (decisions stay in memory). Helpers the layout, theme and phone tests share.
 */
import { openContext, waitForReact } from './browser.mjs';

export const LAYOUTS = ['bar', 'corner', 'center'];
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const DIALOG = 'dialog.ic-dialog';

/**
 * Opens one gallery view in a fresh context and waits until React drives it. Motion is off unless
 * `options.reducedMotion` says otherwise, so nothing is measured halfway through a transition.
 *
 * @param {{ layout: string, theme?: string, lang?: string, dir?: string }} view
 * @param {object} [options] - Playwright context options (`viewport`, `colorScheme`, `forcedColors`, ...).
 */
export async function openView(browser, origin, view, options = {}) {
  const ctx = await openContext(browser, { reducedMotion: 'reduce', ...options });
  const page = await ctx.context.newPage();
  const query = new URLSearchParams(Object.entries(view).filter(([, v]) => v !== undefined));
  await page.goto(`${origin}/gallery.html?${query}`);
  await waitForReact(page, '.ic-banner [data-ic-action="accept-all"]');
  return { ...ctx, page };
}

/** Opens the preferences from the banner's Customize and waits for the open dialog. */
export async function openDialog(page) {
  await page.click('.ic-banner [data-ic-action="customize"]');
  await page.waitForSelector(`${DIALOG}[open]`);
}

/**
 * R3 in CSS: the computed styles of "Accept all" and "Reject all" inside `scope` (the banner or the
 * dialog), everything that makes one look weaker than the other: colours, font, border, size,
 * spacing, opacity, decoration. Returns the differences as `property: accept ≠ reject` lines.
 */
export function acceptRejectDifferences(page, scope) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const accept = root?.querySelector('[data-ic-action="accept-all"]');
    const reject = root?.querySelector('[data-ic-action="reject-all"]');
    if (!accept || !reject) return [`${sel}: no Accept all / Reject all button`];
    const props = [
      'background-color',
      'background-image',
      'color',
      'font-family',
      'font-size',
      'font-weight',
      'font-style',
      'line-height',
      'letter-spacing',
      'text-transform',
      'text-decoration-line',
      'opacity',
      'filter',
      'visibility',
      'box-shadow',
      'outline-style',
      ...['top', 'right', 'bottom', 'left'].flatMap((side) => [`border-${side}-width`, `border-${side}-style`, `border-${side}-color`, `padding-${side}`]),
      'border-top-left-radius',
      'border-top-right-radius',
      'border-bottom-left-radius',
      'border-bottom-right-radius',
    ];
    const a = getComputedStyle(accept);
    const r = getComputedStyle(reject);
    const diffs = props.filter((p) => a.getPropertyValue(p) !== r.getPropertyValue(p)).map((p) => `${p}: ${a.getPropertyValue(p)} ≠ ${r.getPropertyValue(p)}`);
    const ab = accept.getBoundingClientRect();
    const rb = reject.getBoundingClientRect();
    // Same size to the pixel (sub-pixel layout may differ by a rounding step).
    if (Math.abs(ab.width - rb.width) > 0.5) diffs.push(`width: ${ab.width} ≠ ${rb.width}`);
    if (Math.abs(ab.height - rb.height) > 0.5) diffs.push(`height: ${ab.height} ≠ ${rb.height}`);
    if (ab.width < 24 || ab.height < 24) diffs.push(`too small: ${ab.width} × ${ab.height}`);
    return diffs;
  }, scope);
}

/** The colour of the banner's background, as `rgb(...)`. */
export const bannerBackground = (page) => page.$eval('.ic-banner', (b) => getComputedStyle(b).backgroundColor);
