import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { renderer } from '../current';
import { makeManager } from '../fixtures';
import { layout, preferences, settingsButton } from '../ui';

const dialog = (): HTMLElement | null => screen.queryByRole('dialog', { name: 'Cookie settings' });
/** The dialog's code loads on demand: wait until it is rendered. */
const findDialog = (): Promise<HTMLElement> => screen.findByRole('dialog', { name: 'Cookie settings' });
const switchFor = (name: string | RegExp): HTMLInputElement => screen.getByRole<HTMLInputElement>('switch', { name });

describe(`ConsentSettingsButton (${renderer.name})`, () => {
  it('R12: the settings button reopens the preferences after a decision, showing it', async () => {
    const user = userEvent.setup();
    const manager = makeManager();
    await renderer.mount({ manager }, layout());
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(dialog()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await findDialog();
    expect(dialog()).not.toBeNull();
    expect(switchFor('Analytics').checked).toBe(true);
    await user.click(switchFor('Analytics'));
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(manager.hasConsent('analytics')).toBe(false);
    expect(manager.hasConsent('functional')).toBe(true);
  });

  it('R12: is a button named "Cookie settings" that opens the dialog, with the site\'s class and attributes', async () => {
    const user = userEvent.setup();
    const manager = makeManager();
    await renderer.mount({ manager }, [settingsButton({ className: 'footer-link', attrs: { id: 'settings' } }), preferences()]);
    const button = screen.getByRole('button', { name: 'Cookie settings' });
    expect(button.className).toBe('ic-button-link ic-settings-button footer-link');
    expect(button.id).toBe('settings');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('lang')).toBe('en');
    await user.click(button);
    expect(manager.getUiState().preferencesOpen).toBe(true);
  });

  it("runs the site's click listener first; preventDefault() keeps the dialog closed", async () => {
    const user = userEvent.setup();
    const clicks: string[] = [];
    const manager = makeManager();
    await renderer.mount(
      { manager },
      settingsButton({
        onClick: (event) => {
          clicks.push(event.type);
          event.preventDefault();
        },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    expect(clicks).toEqual(['click']);
    expect(manager.getUiState().preferencesOpen).toBe(false);
  });
});
