import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { fireEvent, screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

// Counts loads of the dialog's module (the factory below runs when something first imports it);
// `fail` makes the load fail like a missing chunk.
const loads = { count: 0, fail: false, slow: false };

/**
 * A first page view: fresh copies of the components (so neither the loader nor Vue's async
 * component has the dialog yet) with the banner, the preferences and "Cookie settings" mounted.
 * The fixtures are imported after the reset too, so the provider and the components share one context.
 */
async function firstVisit() {
  vi.resetModules();
  Object.assign(loads, { count: 0, fail: false, slow: false });
  // Registered anew each time: a mocked module is cached until it is mocked again.
  vi.doMock('../internal/PreferencesDialog', async (importOriginal) => {
    if (loads.slow) await new Promise((resolve) => setTimeout(resolve, 50));
    if (loads.fail) throw new Error('Failed to fetch dynamically imported module');
    loads.count++;
    return importOriginal();
  });
  const [{ ConsentBanner }, { ConsentPreferences }, { ConsentSettingsButton }, fixtures] = await Promise.all([
    import('../ConsentBanner'),
    import('../ConsentPreferences'),
    import('../ConsentSettingsButton'),
    import('./fixtures'),
  ]);
  const App = fixtures.consentLayout({ ConsentBanner, ConsentPreferences, ConsentSettingsButton });
  const rendered = fixtures.renderWithConsent(() => h(App));
  await fixtures.flush();
  return { ...rendered, flush: fixtures.flush };
}

/** Lets timers and pending imports run, so a load that was going to start has started. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));
const findDialog = (): Promise<HTMLElement> => screen.findByRole('dialog', { name: 'Cookie settings' });
const button = (name: string): HTMLElement => screen.getByRole('button', { name });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ConsentPreferences: the dialog loads on demand', () => {
  it("the dialog's code loads on demand: not on first render, only when the dialog opens; the first open shows it with focus inside", async () => {
    const { manager, flush } = await firstVisit();
    await settle();
    expect(screen.getByRole('region', { name: 'We use cookies' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(loads.count).toBe(0);

    // Opened from elsewhere (no prefetch happened): it loads now, then shows with focus inside.
    manager.openPreferences();
    await flush();
    const dialog = await findDialog();
    expect(loads.count).toBe(1);
    expect(dialog.contains(document.activeElement)).toBe(true);

    // Closing and opening again loads nothing more and shows the dialog at once.
    manager.closePreferences();
    await flush();
    expect(screen.queryByRole('dialog')).toBeNull();
    manager.openPreferences();
    await flush();
    expect(screen.getByRole('dialog', { name: 'Cookie settings' })).toBeTruthy();
    expect(loads.count).toBe(1);
  });

  it.each([
    ['pointerenter', 'Customize'],
    ['focus', 'Customize'],
    ['pointerdown', 'Customize'],
    ['pointerenter', 'Cookie settings'],
    ['focus', 'Cookie settings'],
    ['pointerdown', 'Cookie settings'],
  ] as const)("the dialog's code loads on demand: %s on \"%s\" starts loading it; the dialog stays closed", async (trigger, name) => {
    const { manager } = await firstVisit();
    await settle();
    expect(loads.count).toBe(0);
    const target = button(name);
    if (trigger === 'focus') target.focus();
    else if (trigger === 'pointerenter') fireEvent.pointerEnter(target);
    else fireEvent.pointerDown(target);
    await waitFor(() => expect(loads.count).toBe(1));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(manager.getUiState().preferencesOpen).toBe(false);
    expect(manager.getSnapshot().decided).toBe(false);
  });

  it("the dialog's code loads on demand: opened by keyboard on a first visit, focus moves inside, Tab stays there, Escape returns it to \"Customize\"", async () => {
    const { manager } = await firstVisit();
    const user = userEvent.setup();
    for (let i = 0; i < 5 && document.activeElement !== button('Customize'); i++) await user.tab();
    expect(document.activeElement).toBe(button('Customize'));
    await user.keyboard('{Enter}');
    const dialog = await findDialog();
    expect(loads.count).toBe(1);
    expect(dialog.contains(document.activeElement)).toBe(true);
    for (let i = 0; i < 12; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(manager.getSnapshot().decided).toBe(false);
    expect(document.activeElement).toBe(button('Customize'));
  });

  it("the dialog's code loads on demand: Escape pressed before the code arrived cancels the open, the dialog never appears", async () => {
    const { manager } = await firstVisit();
    loads.slow = true;
    const user = userEvent.setup();
    const settings = button('Cookie settings');
    settings.focus();
    manager.openPreferences();
    await user.keyboard('{Escape}');
    expect(manager.getUiState().preferencesOpen).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120)); // the slow code arrives meanwhile
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(settings);
  });

  it("the dialog's code loads on demand: focus returns to the control that opened it, even when focus moved while the code loaded", async () => {
    const { manager, flush } = await firstVisit();
    const user = userEvent.setup();
    const settings = button('Cookie settings');
    settings.focus();
    manager.openPreferences();
    // The code is still loading: focus goes elsewhere meanwhile.
    screen.getByRole('link', { name: 'Page link' }).focus();
    await flush();
    expect(screen.queryByRole('dialog')).toBeNull();
    const dialog = await findDialog();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(settings);
  });

  it("the dialog's code loads on demand: a failed load reports the error and closes the preferences instead of breaking the page; the next open retries", async () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const { manager } = await firstVisit();
    loads.fail = true;
    const user = userEvent.setup();
    await user.click(button('Cookie settings'));
    await waitFor(() => expect(manager.getUiState().preferencesOpen).toBe(false));
    expect(reportError).toHaveBeenCalledTimes(1);
    expect(reportError.mock.calls[0]![0]).toBeInstanceOf(Error);
    expect(screen.queryByRole('dialog')).toBeNull();
    // The rest of the page is still there and works.
    expect(screen.getByRole('region', { name: 'We use cookies' })).toBeTruthy();
    expect(document.activeElement).toBe(button('Cookie settings'));

    loads.fail = false;
    await user.click(button('Cookie settings'));
    const dialog = await findDialog();
    expect(screen.getByRole('button', { name: 'Save choices' })).toBeTruthy();
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(loads.count).toBe(1);
    expect(reportError).toHaveBeenCalledTimes(1);
  });
});
