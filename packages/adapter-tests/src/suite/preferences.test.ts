import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { renderer } from '../current';
import { localizedManager, makeManager, storageWith, type TestManager } from '../fixtures';
import { layout, preferences, settingsButton } from '../ui';

const dialog = (): HTMLElement | null => screen.queryByRole('dialog', { name: 'Cookie settings' });
/** The dialog's code loads on demand: wait until it is rendered. */
const findDialog = (): Promise<HTMLElement> => screen.findByRole('dialog', { name: 'Cookie settings' });
const switchFor = (name: string | RegExp): HTMLInputElement => screen.getByRole<HTMLInputElement>('switch', { name });

/** The demo's layout, then a click on the footer's "Cookie settings" and the dialog open. */
async function openFromSettings(manager: TestManager = makeManager()) {
  const user = userEvent.setup();
  await renderer.mount({ manager }, layout());
  await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
  await findDialog();
  return { user, manager };
}

describe(`ConsentPreferences (${renderer.name})`, () => {
  it('R24: is a modal dialog labelled by its visible title and described by its description', async () => {
    await openFromSettings();
    const d = dialog()!;
    expect(d.tagName).toBe('DIALOG');
    expect(d.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(d.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Cookie settings');
    expect(d.contains(title)).toBe(true);
    expect(document.getElementById(d.getAttribute('aria-describedby')!)!.textContent).toContain('Choose which cookies');
  });

  it('R4: switches start unchecked for an undecided visitor', async () => {
    await openFromSettings();
    const switches = within(dialog()!).getAllByRole<HTMLInputElement>('switch');
    // functional, analytics, advertising + hubspot, googleAnalytics, hotjar, youtube
    expect(switches).toHaveLength(7);
    for (const s of switches) {
      expect(s.checked).toBe(false);
      expect(s.type).toBe('checkbox');
    }
  });

  it('R7: the required category says "Always active" and has no checkbox', async () => {
    await openFromSettings();
    const group = screen.getByRole('group', { name: 'Strictly necessary' });
    expect(within(group).queryByRole('switch')).toBeNull();
    expect(within(group).queryByRole('checkbox')).toBeNull();
    expect(within(group).getAllByText('Always active').length).toBeGreaterThan(0);
    expect(within(group).getByText('__cf_bm')).toBeTruthy();
  });

  it('R5: each switch is labelled by its category title and described by its description', async () => {
    await openFromSettings();
    const analytics = switchFor('Analytics');
    expect(analytics.getAttribute('role')).toBe('switch');
    expect(document.getElementById(analytics.getAttribute('aria-describedby')!)!.textContent).toContain('understand how visitors use the site');
    expect(switchFor('Functional')).toBeTruthy();
    expect(switchFor('Advertising')).toBeTruthy();
  });

  it('switches reflect the stored choice', async () => {
    await openFromSettings(makeManager({ storage: storageWith((m) => m.save({ categories: ['analytics'], services: { youtube: true } })) }));
    expect(switchFor('Analytics').checked).toBe(true);
    expect(switchFor('Functional').checked).toBe(false);
    expect(switchFor('Advertising').checked).toBe(false);
    expect(switchFor('Google Analytics').checked).toBe(true);
    expect(switchFor('YouTube').checked).toBe(true);
  });

  it('M5: a decision made while the dialog is open (another tab) replaces the draft, so Save cannot re-grant it', async () => {
    const storage = storageWith((m) => m.save({ categories: ['analytics'] }));
    const manager = makeManager({ storage });
    const { user } = await openFromSettings(manager);
    expect(switchFor('Analytics').checked).toBe(true);
    makeManager({ storage }).rejectAll(); // the other tab
    await renderer.update(() => manager.refresh());
    expect(dialog()).not.toBeNull();
    expect(switchFor('Analytics').checked).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(manager.hasConsent('analytics')).toBe(false);
  });

  it('"Save choices" stores exactly the chosen categories and announces it (R26 4.1.3)', async () => {
    const { user, manager } = await openFromSettings();
    await user.click(switchFor('Analytics'));
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(dialog()).toBeNull();
    const state = manager.getSnapshot();
    expect(state.method).toBe('custom');
    expect(state.categories).toEqual({ necessary: true, functional: false, analytics: true, advertising: false });
    expect(state.services).toEqual({ cloudflare: true, hubspot: false, googleAnalytics: true, hotjar: true, youtube: false });
    expect(screen.getByRole('status').textContent).toBe('Your cookie choices have been saved.');
    expect(screen.queryByRole('region', { name: 'We use cookies' })).toBeNull();
  });

  it('saves what a reload reads back (the stored value, not just memory)', async () => {
    const storage = storageWith(() => {});
    const { user } = await openFromSettings(makeManager({ storage }));
    await user.click(switchFor('Functional'));
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(makeManager({ storage }).getSnapshot().categories).toEqual({ necessary: true, functional: true, analytics: false, advertising: false });
  });

  it('R5: a single service can be granted on its own', async () => {
    const { user, manager } = await openFromSettings();
    const analytics = screen.getByRole('group', { name: 'Analytics' });
    await user.click(within(analytics).getByText('Services and cookies'));
    await user.click(switchFor('Hotjar'));
    expect(switchFor('Analytics').checked).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(manager.hasConsent('hotjar')).toBe(true);
    expect(manager.hasConsent('googleAnalytics')).toBe(false);
    expect(manager.hasConsent('analytics')).toBe(false);
  });

  it('a category switch carries its services along; a service can then be switched off', async () => {
    const { user, manager } = await openFromSettings();
    await user.click(switchFor('Analytics'));
    expect(switchFor('Google Analytics').checked).toBe(true);
    expect(switchFor('Hotjar').checked).toBe(true);
    await user.click(switchFor('Hotjar'));
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(manager.hasConsent('googleAnalytics')).toBe(true);
    expect(manager.hasConsent('hotjar')).toBe(false);
  });

  it('R6: lists each cookie with name, provider, duration, purpose and party', async () => {
    await openFromSettings();
    const row = screen.getByText('_hjSessionUser_<site-id>').closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['_hjSessionUser_<site-id>', 'Hotjar Ltd.', '1 year', 'Keeps a visitor id', 'Third party']);
    const headers = within(row.closest('table')!)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Cookie', 'Provider', 'Duration', 'Purpose', 'Party']);
  });

  it('R26 (2.1.1): each cookie table scrolls by keyboard: a focusable region named by its service', async () => {
    await openFromSettings();
    const table = screen.getByText('_hjSessionUser_<site-id>').closest('table')!;
    const region = table.parentElement!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.tabIndex).toBe(0);
    expect(screen.getByRole('region', { name: 'Hotjar' })).toBe(region);
    // A strictly necessary service has no switch; its name still labels its table.
    expect(screen.getByRole('region', { name: 'Cloudflare' }).contains(screen.getByText('__cf_bm'))).toBe(true);
  });

  it('R9: service names given per language show in the manager language, on the switch and the cookie table', async () => {
    const manager = localizedManager();
    await renderer.mount({ manager }, layout());
    await renderer.update(() => manager.openPreferences());
    await screen.findByRole('dialog');
    expect(switchFor('Hotjar (bezoekersgedrag)')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Hotjar (bezoekersgedrag)' })).getByText('_hjSessionUser_<site-id>')).toBeTruthy();
    expect(switchFor('YouTube (video)')).toBeTruthy();
  });

  it('shows the privacy contact as a mailto link and the cookie statement link', async () => {
    await openFromSettings();
    const contact = screen.getByRole('link', { name: 'privacy@introw.io' });
    expect(contact.getAttribute('href')).toBe('mailto:privacy@introw.io');
    expect(contact.parentElement!.textContent).toBe('Questions about privacy: privacy@introw.io');
    expect(within(dialog()!).getByRole('link', { name: 'Cookie statement' }).getAttribute('href')).toBe('https://www.introw.io/cookie-statement');
    expect(within(dialog()!).getByRole('link', { name: 'Privacy statement' }).getAttribute('href')).toBe('https://www.introw.io/privacy-statement');
  });

  it('R22: says so when Global Privacy Control is honoured', async () => {
    await openFromSettings(makeManager({ gpc: true }));
    expect(within(dialog()!).getByText(/Global Privacy Control/)).toBeTruthy();
  });

  it('has no GPC notice without GPC', async () => {
    await openFromSettings();
    expect(within(dialog()!).queryByText(/Global Privacy Control/)).toBeNull();
  });

  it('"Accept all" and "Reject all" in the dialog decide and close it', async () => {
    const { user, manager } = await openFromSettings();
    const accept = within(dialog()!).getByRole('button', { name: 'Accept all' });
    expect(accept.className).toBe(within(dialog()!).getByRole('button', { name: 'Reject all' }).className);
    await user.click(within(dialog()!).getByRole('button', { name: 'Reject all' }));
    expect(dialog()).toBeNull();
    expect(manager.getSnapshot().method).toBe('reject-all');
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    // The status is cleared as soon as the preferences open again (before the dialog shows).
    expect(screen.getByRole('status').textContent).toBe('');
    await user.click(within(await findDialog()).getByRole('button', { name: 'Accept all' }));
    expect(manager.getSnapshot().method).toBe('accept-all');
    expect(screen.getByRole('status').textContent).toBe('Your cookie choices have been saved.');
  });

  it('R24: focus moves into the dialog, Escape closes it without deciding, focus returns to the opener', async () => {
    const { user, manager } = await openFromSettings();
    const d = dialog()!;
    expect(d.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(dialog()).toBeNull();
    expect(manager.getSnapshot().decided).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cookie settings' }));
  });

  it('R24: focus returns to the banner\'s "Customize" after closing with the close button', async () => {
    const user = userEvent.setup();
    await renderer.mount({ manager: makeManager() }, layout());
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    await user.click(within(await findDialog()).getByRole('button', { name: 'Close' }));
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Customize' }));
  });

  it('R24: Tab and Shift+Tab stay inside the dialog', async () => {
    const { user } = await openFromSettings();
    const d = dialog()!;
    const seen = new Set<Element>();
    // jsdom does not hide the content of a closed <details>, so user-event also stops on each
    // service's (focusable) cookie table: enough presses to go round once.
    for (let i = 0; i < 40; i++) {
      await user.tab();
      expect(d.contains(document.activeElement)).toBe(true);
      seen.add(document.activeElement!);
    }
    expect(seen.has(within(d).getByRole('button', { name: 'Close' }))).toBe(true);
    expect(seen.has(within(d).getByRole('button', { name: 'Save choices' }))).toBe(true);
    for (let i = 0; i < 20; i++) {
      await user.tab({ shift: true });
      expect(d.contains(document.activeElement)).toBe(true);
    }
    // From the first control, Shift+Tab wraps to the last.
    within(d).getByRole('button', { name: 'Close' }).focus();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(d).getByRole('button', { name: 'Save choices' }));
    await user.tab();
    expect(document.activeElement).toBe(within(d).getByRole('button', { name: 'Close' }));
  });

  it('closes when the manager closes it, and the draft is dropped', async () => {
    const { user, manager } = await openFromSettings();
    await user.click(switchFor('Analytics'));
    await renderer.update(() => manager.closePreferences());
    expect(dialog()).toBeNull();
    await renderer.update(() => manager.openPreferences());
    await findDialog();
    expect(switchFor('Analytics').checked).toBe(false);
  });

  it('uses native <dialog>.showModal() where it exists', async () => {
    const proto = HTMLDialogElement.prototype as unknown as { showModal?: () => void; close?: () => void };
    const calls: string[] = [];
    proto.showModal = function (this: HTMLDialogElement) {
      calls.push('showModal');
      this.setAttribute('open', '');
    };
    proto.close = function (this: HTMLDialogElement) {
      calls.push('close');
      this.removeAttribute('open');
    };
    // React's StrictMode mounts the dialog's effects twice (open, close, open) in development.
    const opened = renderer.doubleInvokes ? ['showModal', 'close', 'showModal'] : ['showModal'];
    try {
      const { user } = await openFromSettings();
      const d = document.querySelector('dialog')!;
      expect(calls).toEqual(opened);
      expect(d.hasAttribute('open')).toBe(true);
      expect(d.hasAttribute('role')).toBe(false);
      expect(d.contains(document.activeElement)).toBe(true);
      await user.keyboard('{Escape}');
      expect(calls).toEqual([...opened, 'close']);
      expect(document.querySelector('dialog')).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cookie settings' }));
    } finally {
      delete proto.showModal;
      delete proto.close;
    }
  });

  it("adds the site's class to the dialog, after ic-dialog", async () => {
    const user = userEvent.setup();
    await renderer.mount({ manager: makeManager() }, [settingsButton(), preferences({ className: 'site-dialog' })]);
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await findDialog();
    expect(dialog()!.className).toBe('ic-dialog site-dialog');
  });
});
