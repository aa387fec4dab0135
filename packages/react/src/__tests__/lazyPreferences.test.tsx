import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * The preferences dialog's code is loaded on demand (`React.lazy`). Each test starts from a
 * fresh module registry, as a first page view does, and counts how often the dialog's module
 * is evaluated; `slow` delays it so the dialog really appears after the click, `fail` makes
 * the load fail like a missing chunk.
 */
const dialogModule = vi.hoisted(() => ({ loads: 0, slow: false, fail: false }));

/** The demo's layout, built from freshly imported modules (nothing loaded yet). */
async function firstVisit() {
  vi.resetModules();
  // Registered anew each time, so the module is evaluated again (a mock's module is cached otherwise).
  vi.doMock('../internal/PreferencesDialog', async (importOriginal) => {
    if (dialogModule.slow) await new Promise((resolve) => setTimeout(resolve, 50));
    if (dialogModule.fail) throw new Error('Failed to fetch dynamically imported module');
    const module = await importOriginal();
    dialogModule.loads++;
    return module;
  });
  const [{ ConsentBanner }, { ConsentPreferences }, { ConsentSettingsButton }, { consentLayout, renderWithConsent }] = await Promise.all([
    import('../ConsentBanner'),
    import('../ConsentPreferences'),
    import('../ConsentSettingsButton'),
    import('./fixtures'),
  ]);
  const result = renderWithConsent(consentLayout({ ConsentBanner, ConsentPreferences, ConsentSettingsButton }));
  await act(async () => {});
  return result;
}

const dialog = (): HTMLElement | null => screen.queryByRole('dialog', { name: 'Cookie settings' });
const findDialog = (): Promise<HTMLElement> => screen.findByRole('dialog', { name: 'Cookie settings' });
const customize = (): HTMLElement => screen.getByRole('button', { name: 'Customize' });
const settings = (): HTMLElement => screen.getByRole('button', { name: 'Cookie settings' });

beforeEach(() => {
  Object.assign(dialogModule, { loads: 0, slow: false, fail: false });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the preferences dialog loads on demand', () => {
  it('is not loaded by rendering the banner, the settings button and <ConsentPreferences>', async () => {
    const { manager } = await firstVisit();
    expect(screen.getByRole('region', { name: 'We use cookies' })).toBeTruthy();
    expect(screen.getByRole('status')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dialogModule.loads).toBe(0);
    expect(dialog()).toBeNull();
    expect(manager.getUiState().preferencesOpen).toBe(false);
  });

  it('openPreferences() from elsewhere loads it, then shows the dialog with focus inside', async () => {
    const { manager } = await firstVisit();
    dialogModule.slow = true;
    act(() => manager.openPreferences());
    // Not there yet: the dialog's code is still on its way.
    expect(dialog()).toBeNull();
    expect(manager.getUiState().preferencesOpen).toBe(true);
    const d = await findDialog();
    expect(dialogModule.loads).toBe(1);
    expect(d.contains(document.activeElement)).toBe(true);
  });

  const intents = [
    ['pointerenter', (user: ReturnType<typeof userEvent.setup>, el: HTMLElement) => user.hover(el)],
    ['focus', async (_user: ReturnType<typeof userEvent.setup>, el: HTMLElement) => act(() => el.focus())],
    ['pointerdown', (user: ReturnType<typeof userEvent.setup>, el: HTMLElement) => user.pointer({ keys: '[MouseLeft>]', target: el })],
  ] as const;

  for (const [event, trigger] of intents) {
    for (const [name, button] of [
      ['"Customize"', customize],
      ['"Cookie settings"', settings],
    ] as const) {
      it(`${event} on ${name} prefetches it without opening or deciding`, async () => {
        const { manager } = await firstVisit();
        const user = userEvent.setup();
        expect(dialogModule.loads).toBe(0);
        await trigger(user, button());
        await waitFor(() => expect(dialogModule.loads).toBe(1));
        expect(dialog()).toBeNull();
        expect(manager.getUiState().preferencesOpen).toBe(false);
        expect(manager.getSnapshot().decided).toBe(false);
      });
    }
  }

  it('a prefetched dialog opens at once; one load serves the prefetch and the open', async () => {
    await firstVisit();
    const user = userEvent.setup();
    await user.hover(customize());
    await waitFor(() => expect(dialogModule.loads).toBe(1));
    await user.click(customize());
    expect(dialog()).not.toBeNull();
    expect(dialogModule.loads).toBe(1);
  });

  it('R24 first open by keyboard while the code is still loading: focus moves in once it appears, Tab stays inside, Escape returns focus to "Customize"', async () => {
    const { manager } = await firstVisit();
    dialogModule.slow = true;
    const user = userEvent.setup();
    // Tab to "Customize" (its focus starts the load) and press Enter before the load finished.
    for (let i = 0; i < 10 && document.activeElement !== customize(); i++) await user.tab();
    expect(document.activeElement).toBe(customize());
    await user.keyboard('{Enter}');
    expect(dialog()).toBeNull();
    const d = await findDialog();
    expect(d.contains(document.activeElement)).toBe(true);
    for (let i = 0; i < 12; i++) {
      await user.tab();
      expect(d.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(dialog()).toBeNull();
    expect(manager.getSnapshot().decided).toBe(false);
    expect(document.activeElement).toBe(customize());
  });

  it('R24 Escape pressed before the code arrived cancels the open: the dialog never appears', async () => {
    const { manager } = await firstVisit();
    dialogModule.slow = true;
    const user = userEvent.setup();
    for (let i = 0; i < 10 && document.activeElement !== customize(); i++) await user.tab();
    await user.keyboard('{Enter}');
    expect(manager.getUiState().preferencesOpen).toBe(true);
    await user.keyboard('{Escape}');
    expect(manager.getUiState().preferencesOpen).toBe(false);
    await act(() => new Promise((resolve) => setTimeout(resolve, 120))); // the slow code arrives meanwhile
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(customize());
  });

  it('R24 focus returns to the control that opened it, even if focus moved while the code was loading', async () => {
    await firstVisit();
    dialogModule.slow = true;
    const user = userEvent.setup();
    await user.click(settings());
    expect(dialog()).toBeNull();
    // While the code is on its way, focus moves elsewhere on the page.
    const link = screen.getByRole('link', { name: 'Page link' });
    act(() => link.focus());
    const d = await findDialog();
    expect(d.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(settings());
  });

  it('a failed load reports the error and closes the preferences instead of breaking the page; the next open retries', async () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const { manager } = await firstVisit();
    dialogModule.fail = true;
    const user = userEvent.setup();
    await user.click(settings());
    await waitFor(() => expect(manager.getUiState().preferencesOpen).toBe(false));
    expect(reportError).toHaveBeenCalledTimes(1);
    expect(reportError.mock.calls[0]![0]).toBeInstanceOf(Error);
    expect(dialog()).toBeNull();
    // The rest of the page is still there and works.
    expect(screen.getByRole('region', { name: 'We use cookies' })).toBeTruthy();
    expect(document.activeElement).toBe(settings());

    dialogModule.fail = false;
    await user.click(settings());
    const d = await findDialog();
    expect(within(d).getByRole('button', { name: 'Save choices' })).toBeTruthy();
    expect(d.contains(document.activeElement)).toBe(true);
    expect(dialogModule.loads).toBe(1);
  });
});
