import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import type { ConsentLayout, ConsentTheme } from '@introw/consent-core/ui';
import { describeWith, renderer } from '../current';
import { makeManager } from '../fixtures';
import { banner, preferences } from '../ui';

const LAYOUTS: ConsentLayout[] = ['bar', 'corner', 'center'];
const THEMES: ConsentTheme[] = ['light', 'dark', 'auto'];

const bannerRoot = (): HTMLElement => screen.getByRole('region', { name: 'We use cookies' });
const dialogRoot = (): Promise<HTMLElement> => screen.findByRole('dialog', { name: 'Cookie settings' });
const appearanceOf = (el: HTMLElement): [string | null, string | null] => [el.getAttribute('data-ic-layout'), el.getAttribute('data-ic-theme')];

/** Opens the preferences from the banner's Customize and returns the dialog. */
async function openDialog(): Promise<HTMLElement> {
  await userEvent.setup().click(screen.getByRole('button', { name: 'Customize' }));
  return dialogRoot();
}

describe(`layout and theme (${renderer.name})`, () => {
  it('default: the banner and the dialog say `bar` and `light` (a site that sets nothing gets the light bar)', async () => {
    await renderer.mount({ manager: makeManager() }, [banner(), preferences()]);
    expect(appearanceOf(bannerRoot())).toEqual(['bar', 'light']);
    expect(appearanceOf(await openDialog())).toEqual(['bar', 'light']);
  });

  for (const layout of LAYOUTS) {
    it(`layout "${layout}": every theme reaches the banner's and the dialog's roots; R3 markup unchanged; no inline style`, async () => {
      for (const theme of THEMES) {
        const mounted = await renderer.mount({ manager: makeManager(), layout, theme }, [banner(), preferences()]);
        const region = bannerRoot();
        expect(appearanceOf(region), theme).toEqual([layout, theme]);
        // R3: whatever the layout, Accept and Reject are the same element with the same class, side by side.
        const accept = within(region).getByRole('button', { name: 'Accept all' });
        const reject = within(region).getByRole('button', { name: 'Reject all' });
        expect(reject.className).toBe(accept.className);
        expect(accept.nextElementSibling).toBe(reject);
        const dialog = await openDialog();
        expect(appearanceOf(dialog), theme).toEqual([layout, theme]);
        const inDialog = (name: string): HTMLElement => within(dialog).getByRole('button', { name });
        expect(inDialog('Reject all').className).toBe(inDialog('Accept all').className);
        expect(document.querySelector('[style]')).toBeNull();
        await mounted.unmount();
      }
    });
  }

  it('an unknown layout or theme falls back to `bar` and `light` (a typo never leaves the banner unstyled)', async () => {
    await renderer.mount({ manager: makeManager(), layout: 'sidebar' as ConsentLayout, theme: 'sepia' as ConsentTheme }, [banner(), preferences()]);
    expect(appearanceOf(bannerRoot())).toEqual(['bar', 'light']);
    expect(appearanceOf(await openDialog())).toEqual(['bar', 'light']);
  });

  it("each cookie table cell names its column in `data-label` (the phone's card view shows it)", async () => {
    await renderer.mount({ manager: makeManager() }, [banner(), preferences()]);
    const dialog = await openDialog();
    const table = dialog.querySelector('table.ic-table');
    expect(table).not.toBeNull();
    const headers = Array.from(table!.querySelectorAll('thead th'), (th) => th.textContent);
    expect(headers).toEqual(['Cookie', 'Provider', 'Duration', 'Purpose', 'Party']);
    const rows = Array.from(dialog.querySelectorAll('table.ic-table tbody tr'));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(Array.from(row.querySelectorAll('td'), (td) => td.getAttribute('data-label'))).toEqual(headers);
  });
});

describeWith(['providerProps'], `a changed theme or layout (${renderer.name})`, () => {
  it("re-renders the open banner's and dialog's attributes (a site's own theme switch can drive `theme`)", async () => {
    const manager = makeManager();
    const ui = [banner(), preferences()];
    const mounted = await renderer.mount({ manager, theme: 'light' }, ui);
    const dialog = await openDialog();
    await mounted.rerender({ source: { manager, layout: 'corner', theme: 'dark' } });
    expect(appearanceOf(bannerRoot())).toEqual(['corner', 'dark']);
    expect(appearanceOf(dialog)).toEqual(['corner', 'dark']);
    expect(dialog.isConnected).toBe(true);
  });
});
