import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { renderer } from '../current';
import { ControlledDialogCode } from '../dialogCode';
import type { Renderer } from '../renderer';
import { layout } from '../ui';

/**
 * The preferences dialog's code is loaded on demand. Each test starts from a fresh module registry,
 * as a first page view does, with the dialog's code under the test's control: `hold()` keeps it on
 * its way until `release()`, `fail` makes its load fail like a missing chunk.
 */
async function firstVisit() {
  vi.resetModules();
  const code = new ControlledDialogCode();
  const fresh = await renderer.firstVisit!(code);
  // Imported after the reset too, so the manager comes from the same copy of core as the renderer.
  const { makeManager }: typeof import('../fixtures') = await import('../fixtures');
  const manager = makeManager();
  await fresh.mount({ manager }, layout());
  return { code, fresh, manager };
}

/**
 * Lets timers and pending imports run, so that what was going to happen has happened: only
 * before asserting that something did NOT happen (a load, a dialog).
 */
const settle = (fresh: Renderer): Promise<void> => fresh.update(() => new Promise((resolve) => setTimeout(resolve, 20)));
const dialog = (): HTMLElement | null => screen.queryByRole('dialog', { name: 'Cookie settings' });
const findDialog = (): Promise<HTMLElement> => screen.findByRole('dialog', { name: 'Cookie settings' });
const customize = (): HTMLElement => screen.getByRole('button', { name: 'Customize' });
const settings = (): HTMLElement => screen.getByRole('button', { name: 'Cookie settings' });

type User = ReturnType<typeof userEvent.setup>;

/** Tabs from the top of the page to "Customize". */
async function tabToCustomize(user: User): Promise<void> {
  for (let i = 0; i < 10 && document.activeElement !== customize(); i++) await user.tab();
  expect(document.activeElement).toBe(customize());
}

afterEach(() => {
  vi.unstubAllGlobals();
});

if (renderer.firstVisit) {
  describe(`the preferences dialog loads on demand (${renderer.name})`, () => {
    it('is not loaded by rendering the banner, the settings button and the preferences', async () => {
      const { code, fresh, manager } = await firstVisit();
      expect(screen.getByRole('region', { name: 'We use cookies' })).toBeTruthy();
      expect(screen.getByRole('status').textContent).toBe('');
      await settle(fresh);
      expect(code.requests).toBe(0);
      expect(code.loads).toBe(0);
      expect(dialog()).toBeNull();
      expect(manager.getUiState().preferencesOpen).toBe(false);
    });

    it('openPreferences() from elsewhere loads it, then shows the dialog with focus inside; opened again, it shows at once', async () => {
      const { code, fresh, manager } = await firstVisit();
      code.hold();
      await fresh.update(() => manager.openPreferences());
      // Not there yet: the dialog's code is still on its way.
      expect(dialog()).toBeNull();
      expect(manager.getUiState().preferencesOpen).toBe(true);
      code.release();
      const d = await findDialog();
      expect(code.loads).toBe(1);
      expect(d.contains(document.activeElement)).toBe(true);

      // Closing and opening again loads nothing more and shows the dialog at once.
      await fresh.update(() => manager.closePreferences());
      expect(dialog()).toBeNull();
      await fresh.update(() => manager.openPreferences());
      expect(dialog()).not.toBeNull();
      expect(code.loads).toBe(1);
    });

    const intents: [string, (user: User, fresh: Renderer, target: HTMLElement) => Promise<unknown>][] = [
      ['pointerenter', (user, _, target) => user.hover(target)],
      ['focus', (_, fresh, target) => fresh.update(() => target.focus())],
      ['pointerdown', async (_, fresh, target) => fresh.update(() => void fireEvent.pointerDown(target))],
    ];
    for (const [event, trigger] of intents) {
      for (const [name, button] of [
        ['Customize', customize],
        ['Cookie settings', settings],
      ] as const) {
        it(`${event} on "${name}" prefetches it without opening or deciding`, async () => {
          const { code, fresh, manager } = await firstVisit();
          const user = userEvent.setup();
          expect(code.requests).toBe(0);
          await trigger(user, fresh, button());
          await waitFor(() => expect(code.loads).toBe(1));
          await settle(fresh);
          expect(dialog()).toBeNull();
          expect(manager.getUiState().preferencesOpen).toBe(false);
          expect(manager.getSnapshot().decided).toBe(false);
        });
      }
    }

    it('a prefetched dialog opens at once; one load serves the prefetch and the open', async () => {
      const { code } = await firstVisit();
      const user = userEvent.setup();
      await user.hover(customize());
      await waitFor(() => expect(code.loads).toBe(1));
      await user.click(customize());
      expect(dialog()).not.toBeNull();
      expect(code.loads).toBe(1);
      expect(code.requests).toBe(1);
    });

    it('R24 first open by keyboard while the code is still loading: focus moves in once it appears, Tab stays inside, Escape returns focus to "Customize"', async () => {
      const { code, manager } = await firstVisit();
      code.hold();
      const user = userEvent.setup();
      // Tab to "Customize" (its focus starts the load) and press Enter before the code arrived.
      await tabToCustomize(user);
      await user.keyboard('{Enter}');
      expect(dialog()).toBeNull();
      code.release();
      const d = await findDialog();
      expect(code.loads).toBe(1);
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

    const openers: [string, (user: User, fresh: Renderer, manager: { openPreferences(): void }) => Promise<HTMLElement>][] = [
      [
        'Enter on "Customize"',
        async (user) => {
          await tabToCustomize(user);
          await user.keyboard('{Enter}');
          return customize();
        },
      ],
      [
        'openPreferences() while "Cookie settings" has focus',
        async (_, fresh, manager) => {
          await fresh.update(() => settings().focus());
          await fresh.update(() => manager.openPreferences());
          return settings();
        },
      ],
    ];

    it.each(openers)('R24 Escape pressed before the code arrived cancels the open (%s): the dialog never appears', async (_, open) => {
      const { code, fresh, manager } = await firstVisit();
      code.hold();
      const user = userEvent.setup();
      const opener = await open(user, fresh, manager);
      expect(manager.getUiState().preferencesOpen).toBe(true);
      await user.keyboard('{Escape}');
      expect(manager.getUiState().preferencesOpen).toBe(false);
      // The code arrives afterwards.
      code.release();
      await waitFor(() => expect(code.loads).toBe(1));
      await settle(fresh);
      expect(dialog()).toBeNull();
      expect(document.activeElement).toBe(opener);
    });

    const clickSettings: (typeof openers)[number] = [
      'a click on "Cookie settings"',
      async (user) => {
        await user.click(settings());
        return settings();
      },
    ];

    it.each([clickSettings, openers[1]!])(
      'R24 focus returns to the control that opened it (%s), even if focus moved while the code was loading',
      async (_, open) => {
        const { code, fresh, manager } = await firstVisit();
        code.hold();
        const user = userEvent.setup();
        const opener = await open(user, fresh, manager);
        expect(dialog()).toBeNull();
        // While the code is on its way, focus moves elsewhere on the page.
        await fresh.update(() => screen.getByRole('link', { name: 'Page link' }).focus());
        code.release();
        const d = await findDialog();
        expect(d.contains(document.activeElement)).toBe(true);
        await user.keyboard('{Escape}');
        expect(dialog()).toBeNull();
        expect(document.activeElement).toBe(opener);
      },
    );

    it('a failed load reports the error and closes the preferences instead of breaking the page; the next open retries', async () => {
      const reportError = vi.fn();
      vi.stubGlobal('reportError', reportError);
      const { code, manager } = await firstVisit();
      code.fail = true;
      const user = userEvent.setup();
      await user.click(settings());
      await waitFor(() => expect(manager.getUiState().preferencesOpen).toBe(false));
      expect(reportError).toHaveBeenCalledTimes(1);
      expect(reportError.mock.calls[0]![0]).toBeInstanceOf(Error);
      expect(dialog()).toBeNull();
      // The rest of the page is still there and works.
      expect(screen.getByRole('region', { name: 'We use cookies' })).toBeTruthy();
      expect(document.activeElement).toBe(settings());

      code.fail = false;
      await user.click(settings());
      const d = await findDialog();
      expect(within(d).getByRole('button', { name: 'Save choices' })).toBeTruthy();
      expect(d.contains(document.activeElement)).toBe(true);
      expect(code.loads).toBe(1);
      expect(reportError).toHaveBeenCalledTimes(1);
    });
  });
}
