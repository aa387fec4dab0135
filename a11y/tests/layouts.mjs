/**
 * Layouts and themes of the consent UI (issue 15), in Chromium, on the gallery of the React demo
 * (examples/react/gallery.html): axe over every layout in light and dark (banner and dialog), the
 * contrast of controls in the dark theme, focus never obscured in every layout (R25), themes
 * (light stays light on a dark system, auto follows it), right-to-left, reduced motion, forced
 * colours, custom properties, no inline style.
 */
import assert from 'node:assert/strict';
import { axeViolations, openContext } from '../lib/browser.mjs';
import { DESKTOP, DIALOG, LAYOUTS, PHONE, bannerBackground, openDialog, openView } from '../lib/gallery.mjs';
import { assertFocusNeverObscured, assertNoAxe, expandServices, focusRingContrast, lowContrastControls } from './a11y.mjs';

const WHITE = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(27, 31, 36)';

/** The layout and theme tests, against the React demo's gallery (`target.origin`). */
export function layoutTests(target) {
  const t = (name, run) => ({ name: `[${target.name}] ${name}`, run: (env) => run(env) });
  return [
    t('gallery: axe finds zero WCAG 2.2 A/AA violations in every layout, light and dark, banner and dialog, phone and desktop', async ({ browser }) => {
      for (const viewport of [DESKTOP, PHONE]) {
        for (const layout of LAYOUTS) {
          for (const theme of ['light', 'dark']) {
            const { context, page, problems } = await openView(browser, target.origin, { layout, theme }, { viewport });
            try {
              const where = `${layout}, ${theme}, ${viewport.width} × ${viewport.height}`;
              assertNoAxe(await axeViolations(page), `with the banner open (${where})`);
              await openDialog(page);
              await expandServices(page);
              assertNoAxe(await axeViolations(page), `with the dialog open, services expanded (${where})`);
              assert.deepEqual(problems, [], `console errors or warnings (${where})`);
            } finally {
              await context.close();
            }
          }
        }
      }
    }),

    t('gallery: axe finds zero WCAG 2.2 A/AA violations on the overview page', async ({ browser }) => {
      const { context } = await openContext(browser, { reducedMotion: 'reduce' });
      try {
        const tab = await context.newPage();
        await tab.goto(`${target.origin}/gallery.html`);
        await tab.waitForSelector('iframe[title]');
        assert.equal(await tab.locator('iframe').count(), LAYOUTS.length * 2 * 2, 'every layout, light and dark, phone and desktop');
        assertNoAxe(await axeViolations(tab), 'on the gallery overview');
      } finally {
        await context.close();
      }
    }),

    t('dark theme: button borders, switch outline and knob, focus ring at least 3:1 (1.4.11, 2.4.7)', async ({ browser }) => {
      const { context, page } = await openView(browser, target.origin, { layout: 'corner', theme: 'dark' });
      try {
        assert.deepEqual(await lowContrastControls(page, '.ic-banner'), [], 'banner');
        await page.focus('.ic-banner [data-ic-action="accept-all"]');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const ring = await focusRingContrast(page);
        assert.ok(ring.style !== 'none' && ring.width >= 2 && ring.ratio >= 3, `banner focus ring: ${JSON.stringify(ring)}`);
        await openDialog(page);
        await expandServices(page);
        assert.deepEqual(await lowContrastControls(page, DIALOG), [], 'dialog');
      } finally {
        await context.close();
      }
    }),

    t('focus not obscured in every layout: Tab through the page, the banner never covers the focused element (2.4.11, R25)', async ({ browser }) => {
      for (const viewport of [DESKTOP, PHONE]) {
        for (const layout of LAYOUTS) {
          const { context, page } = await openView(browser, target.origin, { layout }, { viewport });
          try {
            await assertFocusNeverObscured(page, `${layout} at ${viewport.width} × ${viewport.height}`);
          } finally {
            await context.close();
          }
        }
      }
    }),

    t('themes: light (the default) stays light on a dark system, dark is dark, auto follows the system', async ({ browser }) => {
      /** @type {[{ layout: string, theme?: string }, 'light' | 'dark', string][]} */
      const cases = [
        [{ layout: 'bar' }, 'dark', WHITE],
        [{ layout: 'bar', theme: 'light' }, 'dark', WHITE],
        [{ layout: 'bar', theme: 'dark' }, 'light', DARK_BG],
        [{ layout: 'bar', theme: 'auto' }, 'light', WHITE],
        [{ layout: 'bar', theme: 'auto' }, 'dark', DARK_BG],
      ];
      for (const [view, colorScheme, expected] of cases) {
        const { context, page } = await openView(browser, target.origin, view, { colorScheme });
        try {
          const where = `theme ${view.theme ?? '(default)'} on a ${colorScheme} system`;
          assert.equal(await bannerBackground(page), expected, `banner, ${where}`);
          await openDialog(page);
          assert.equal(await page.$eval(DIALOG, (d) => getComputedStyle(d).backgroundColor), expected, `dialog, ${where}`);
        } finally {
          await context.close();
        }
      }
    }),

    t('right to left: the corner box sits at the bottom left, the close button and the switch knob mirror', async ({ browser }) => {
      const { context, page } = await openView(browser, target.origin, { layout: 'corner', dir: 'rtl' });
      try {
        const box = await page.$eval('.ic-banner', (b) => b.getBoundingClientRect().toJSON());
        assert.ok(box.left <= 32 && box.right < DESKTOP.width / 2, `the corner box is not at the bottom left: ${JSON.stringify(box)}`);
        await openDialog(page);
        const geometry = await page.$eval(DIALOG, (d) => {
          const title = d.querySelector('.ic-dialog-title').getBoundingClientRect();
          const close = d.querySelector('.ic-close').getBoundingClientRect();
          const sw = d.querySelector('.ic-category .ic-switch');
          sw.checked = true;
          const track = sw.getBoundingClientRect();
          const knob = getComputedStyle(sw, '::before');
          return {
            closeLeftOfTitle: close.right <= title.left,
            trackLeft: track.left,
            knobLeft: parseFloat(knob.left),
            knobRight: parseFloat(knob.right),
            trackWidth: track.width,
          };
        });
        assert.ok(geometry.closeLeftOfTitle, `close button: ${JSON.stringify(geometry)}`);
        assert.ok(geometry.knobLeft < geometry.knobRight, `a checked switch's knob sits at the left (the end) in RTL: ${JSON.stringify(geometry)}`);
      } finally {
        await context.close();
      }
    }),

    t('reduced motion: the switch and the disclosure move only for visitors who do not ask for less', async ({ browser }) => {
      for (const reducedMotion of ['no-preference', 'reduce']) {
        const { context, page } = await openView(browser, target.origin, { layout: 'bar' }, { reducedMotion });
        try {
          await openDialog(page);
          const durations = await page.$eval(DIALOG, (d) => [
            getComputedStyle(d.querySelector('.ic-switch'), '::before').transitionDuration,
            getComputedStyle(d.querySelector('.ic-services summary'), '::after').transitionDuration,
          ]);
          const moving = durations.filter((x) => x !== '0s');
          if (reducedMotion === 'reduce') assert.deepEqual(moving, [], `motion with prefers-reduced-motion: ${durations}`);
          else assert.equal(moving.length, 2, `no motion at all: ${durations}`);
        } finally {
          await context.close();
        }
      }
    }),

    t('forced colours: the switch knob and the buttons keep visible edges in both states', async ({ browser }) => {
      const { context, page } = await openView(browser, target.origin, { layout: 'corner', theme: 'dark' }, { forcedColors: 'active' });
      try {
        await openDialog(page);
        const seen = await page.$eval(DIALOG, (d) => {
          const sw = d.querySelector('.ic-category .ic-switch');
          const out = [];
          for (const on of [false, true]) {
            sw.checked = on;
            const track = getComputedStyle(sw);
            const knob = getComputedStyle(sw, '::before');
            out.push({ on, knob: knob.borderTopColor, track: track.backgroundColor, outline: track.borderTopColor, knobWidth: knob.borderTopWidth });
          }
          const button = getComputedStyle(d.querySelector('[data-ic-action="reject-all"]'));
          return { states: out, button: { border: button.borderTopStyle, width: button.borderTopWidth } };
        });
        for (const s of seen.states) {
          assert.notEqual(s.knob, s.track, `knob invisible on its track: ${JSON.stringify(s)}`);
          assert.notEqual(s.outline, s.track, `track outline invisible: ${JSON.stringify(s)}`);
          assert.notEqual(s.knobWidth, '0px');
        }
        assert.equal(seen.button.border, 'solid', 'buttons keep a border');
      } finally {
        await context.close();
      }
    }),

    t(
      "custom properties: a site's --ic-* on :root restyle the banner and dialog (any order, both themes); the font is the system UI font by default",
      async ({ browser }) => {
        const { context, page } = await openView(browser, target.origin, { layout: 'center', theme: 'dark' });
        try {
          const read = () =>
            page.$eval('.ic-banner [data-ic-action="accept-all"]', (el) => {
              const s = getComputedStyle(el);
              return {
                bg: s.backgroundColor,
                radius: s.borderTopLeftRadius,
                font: getComputedStyle(el.closest('.ic-banner')).fontFamily,
                z: getComputedStyle(el.closest('.ic-banner')).zIndex,
              };
            });
          const before = await read();
          assert.equal(before.font, 'system-ui, sans-serif');
          assert.ok(Number(before.z) > 2e9, `z-index ${before.z}`);
          await page.addStyleTag({ content: ':root{--ic-accent:#7a1fa2;--ic-radius:0px;--ic-font:Georgia,serif;--ic-z:10}' });
          assert.deepEqual(await read(), { bg: 'rgb(122, 31, 162)', radius: '0px', font: 'Georgia, serif', z: '10' });
          assert.equal(await page.locator('.ic-banner [style], .ic-banner[style]').count(), 0, 'no inline style');
        } finally {
          await context.close();
        }
      },
    ),
  ];
}
