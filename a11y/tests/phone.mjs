/**
 * Layouts on a phone (issue 15) and R3 in CSS, in Chromium, on the gallery of the React demo:
 * - at 390 × 844 each layout's banner covers at most a third of the screen and its buttons are at
 *   least 44 px tall (thumb-reachable); the preferences dialog fills the screen, its cookie tables
 *   stay inside it and break no word;
 * - "Accept all" and "Reject all" have the same computed style and size in every layout and theme,
 *   in the banner and in the dialog, at a phone's and a desktop's size (R3); a stylesheet that
 *   demotes "Reject all" is caught (the check is itself checked).
 */
import assert from 'node:assert/strict';
import { DESKTOP, DIALOG, LAYOUTS, PHONE, acceptRejectDifferences, openDialog, openView } from '../lib/gallery.mjs';
import { expandServices } from './a11y.mjs';

/**
 * Installs `window.__brokenWords(elements)`: the words of their text that the browser broke across
 * lines mid-word. A word is a run without spaces; a break right after a hyphen (cross-/site) is a
 * normal line break, so a word's hyphen-separated parts are checked one by one.
 */
function installBrokenWords(page) {
  return page.evaluate(() => {
    window.__brokenWords = (elements) => {
      const broken = [];
      for (const el of Array.from(elements)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of /** @type {Text} */ (node).data.matchAll(/[^\s-]+-?/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
            if (lines.size > 1) broken.push(m[0]);
          }
        }
      }
      return [...new Set(broken)];
    };
  });
}

/** What the banner takes of the screen, and its buttons' heights. */
function bannerFootprint(page) {
  return page.$eval('.ic-banner', (b) => {
    const r = b.getBoundingClientRect();
    return {
      height: Math.round(r.height),
      share: (r.height * r.width) / (innerWidth * innerHeight),
      heightShare: r.height / innerHeight,
      scrolls: b.scrollHeight > b.clientHeight + 1,
      bottom: innerHeight - r.bottom,
      buttons: Array.from(b.querySelectorAll('button'), (el) => ({ action: el.dataset.icAction, height: el.getBoundingClientRect().height })),
      broken: window.__brokenWords(b.querySelectorAll('button, h2, p')),
      actionsInView: Array.from(b.querySelectorAll('button')).every((el) => {
        const e = el.getBoundingClientRect();
        return e.top >= r.top && e.bottom <= r.bottom + 0.5;
      }),
    };
  });
}

/**
 * In the open dialog: its box against the viewport, every cookie table against the dialog (no
 * sideways overflow), the words of every cell (each on one line: none broken) and every cell label
 * (its longest word fits the label column).
 */
function dialogFit(page) {
  return page.$eval(DIALOG, (dialog) => {
    const d = dialog.getBoundingClientRect();
    const overflow = [];
    // The dialog itself never scrolls (only its body does, between a fixed header and footer).
    if (dialog.scrollHeight > dialog.clientHeight + 1) overflow.push(`the dialog scrolls: ${dialog.scrollHeight} > ${dialog.clientHeight}`);
    for (const scroller of dialog.querySelectorAll('.ic-table-scroll, .ic-dialog-body')) {
      if (scroller.scrollWidth > scroller.clientWidth + 1) overflow.push(`${scroller.className}: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
    }
    for (const table of dialog.querySelectorAll('table')) {
      const t = table.getBoundingClientRect();
      if (t.right > d.right + 0.5 || t.left < d.left - 0.5) overflow.push(`table ${t.left}–${t.right} outside ${d.left}–${d.right}`);
    }
    const cells = dialog.querySelectorAll('td');
    const broken = window.__brokenWords(cells);
    // Labels are generated content (`td::before`): measure their words against the label column.
    const canvas = document.createElement('canvas').getContext('2d');
    const longLabels = [];
    for (const td of cells) {
      const before = getComputedStyle(td, '::before');
      const label = td.dataset.label;
      if (before.content === 'none' || !label) continue;
      const column = parseFloat(getComputedStyle(td).gridTemplateColumns.split(' ')[0]);
      canvas.font = `${before.fontWeight} ${before.fontSize} ${before.fontFamily}`;
      for (const word of label.split(/\s+/)) if (canvas.measureText(word).width > column + 0.5) longLabels.push(`${word} > ${column}px`);
    }
    return {
      rect: { x: d.x, y: d.y, width: d.width, height: d.height },
      viewport: { width: innerWidth, height: innerHeight },
      cells: cells.length,
      cards: Array.from(dialog.querySelectorAll('tbody tr')).filter((tr) => getComputedStyle(tr).display === 'block').length,
      overflow,
      broken: [...new Set(broken)],
      longLabels: [...new Set(longLabels)],
    };
  });
}

/** The phone and R3 tests, against the React demo's gallery (`target.origin`). */
export function phoneTests(target) {
  const t = (name, run) => ({ name: `[${target.name}] ${name}`, run: (env) => run(env) });
  const views = LAYOUTS.flatMap((layout) => ['light', 'dark'].map((theme) => ({ layout, theme })));
  return [
    t(
      "phone 390 × 844: each layout's banner (en, nl, fr) covers at most a third of the screen (English whole, without scrolling), docks at the bottom, buttons at least 44 px tall and in view, no word broken",
      async ({ browser }) => {
        for (const layout of LAYOUTS) {
          for (const lang of ['en', 'nl', 'fr']) {
            const { context, page } = await openView(browser, target.origin, { layout, lang }, { viewport: PHONE });
            try {
              await installBrokenWords(page);
              const f = await bannerFootprint(page);
              const where = `${layout}, ${lang}: ${JSON.stringify(f)}`;
              assert.ok(f.heightShare <= 1 / 3, `taller than a third of the screen (${f.height} px of ${PHONE.height}): ${where}`);
              assert.ok(f.bottom <= 12, `not docked at the bottom (thumb reach): ${where}`);
              assert.equal(f.buttons.length, 3, where);
              for (const b of f.buttons) assert.ok(b.height >= 44, `${b.action} is ${b.height} px tall: ${where}`);
              assert.deepEqual(f.broken, [], `words broken mid-word: ${where}`);
              // English (the demo's language) fits whole; the longer Dutch and French texts may scroll inside the
              // banner, capped at a third of the screen, while the buttons stay in view (sticky).
              if (lang === 'en') assert.equal(f.scrolls, false, `the banner needs to scroll: ${where}`);
              assert.ok(f.actionsInView, `the buttons are not all in view: ${where}`);
            } finally {
              await context.close();
            }
          }
        }
      },
    ),

    t('phone 390 × 844: the dialog fills the screen; cookie tables are cards that stay inside it and break no word (en, nl, fr)', async ({ browser }) => {
      for (const lang of ['en', 'nl', 'fr']) {
        const { context, page } = await openView(browser, target.origin, { layout: 'bar', lang }, { viewport: PHONE });
        try {
          await openDialog(page);
          await expandServices(page);
          await installBrokenWords(page);
          const fit = await dialogFit(page);
          const where = `${lang}: ${JSON.stringify(fit)}`;
          assert.deepEqual(fit.rect, { x: 0, y: 0, ...fit.viewport }, `the dialog does not fill the screen: ${where}`);
          assert.ok(fit.cells >= 50 && fit.cards * 5 === fit.cells, `every cookie row is a card: ${where}`);
          assert.deepEqual(fit.overflow, [], `cut off at the side: ${where}`);
          assert.deepEqual(fit.broken, [], `words broken across lines: ${where}`);
          assert.deepEqual(fit.longLabels, [], `labels wider than their column: ${where}`);
          const buttons = await page.$$eval(`${DIALOG} .ic-dialog-footer button`, (els) => els.map((el) => el.getBoundingClientRect().height));
          assert.ok(buttons.length === 3 && buttons.every((h) => h >= 44), `dialog buttons: ${buttons}`);
        } finally {
          await context.close();
        }
      }
    }),

    t('desktop 1280 × 800: the dialog is a centred box whose cookie tables stay inside it', async ({ browser }) => {
      const { context, page } = await openView(browser, target.origin, { layout: 'bar' }, { viewport: DESKTOP });
      try {
        await openDialog(page);
        await expandServices(page);
        await installBrokenWords(page);
        const fit = await dialogFit(page);
        assert.ok(fit.rect.width < DESKTOP.width - 200 && fit.rect.x > 100, `not a centred box: ${JSON.stringify(fit.rect)}`);
        assert.equal(fit.cards, 0, 'tables, not cards, on a desktop');
        assert.deepEqual(fit.overflow, [], 'cut off at the side');
      } finally {
        await context.close();
      }
    }),

    t(
      'R3: "Accept all" and "Reject all" have the same computed style and size in every layout and theme, banner and dialog, phone and desktop',
      async ({ browser }) => {
        for (const viewport of [PHONE, DESKTOP]) {
          for (const view of [...views, { layout: 'center', theme: 'auto' }]) {
            for (const colorScheme of view.theme === 'auto' ? ['light', 'dark'] : ['light']) {
              const { context, page } = await openView(browser, target.origin, view, { viewport, colorScheme });
              try {
                const where = `${view.layout} ${view.theme} (${colorScheme} system) at ${viewport.width} px`;
                assert.deepEqual(await acceptRejectDifferences(page, '.ic-banner'), [], `banner, ${where}`);
                await openDialog(page);
                assert.deepEqual(await acceptRejectDifferences(page, DIALOG), [], `dialog, ${where}`);
              } finally {
                await context.close();
              }
            }
          }
        }
      },
    ),

    t('R3: the check catches a stylesheet that demotes "Reject all" (control)', async ({ browser }) => {
      const demotions = [
        '.ic-banner [data-ic-action="reject-all"]{background:transparent;color:#57606a}',
        '[data-ic-action="reject-all"]{font-weight:400}',
        '.ic-dialog [data-ic-action="reject-all"]{opacity:.6}',
      ];
      for (const css of demotions) {
        const { context, page } = await openView(browser, target.origin, { layout: 'corner', theme: 'light' }, { viewport: DESKTOP });
        try {
          await page.addStyleTag({ content: css });
          await openDialog(page);
          const found = [...(await acceptRejectDifferences(page, '.ic-banner')), ...(await acceptRejectDifferences(page, DIALOG))];
          assert.ok(found.length > 0, `the demotion ${css} went unnoticed`);
        } finally {
          await context.close();
        }
      }
    }),
  ];
}
