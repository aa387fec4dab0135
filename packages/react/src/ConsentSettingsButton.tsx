'use client';
import type { ButtonHTMLAttributes, MouseEvent, ReactElement } from 'react';
import { useManager } from './internal/useManager';
import { cx } from './internal/cx';

/** Props of {@link ConsentSettingsButton}: any `<button>` attribute except `type` and `children`. */
export interface ConsentSettingsButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'> {}

/**
 * The "Cookie settings" control (`texts.cookieSettings`): a button that reopens the preferences
 * dialog, so withdrawing is as easy as giving. Put it somewhere reachable on every page (the
 * footer). Focus returns to it when the dialog closes. Classes: `ic-button-link ic-settings-button`.
 *
 * @param props - Button attributes; `onClick` runs before the dialog opens (call
 *   `event.preventDefault()` to keep it closed).
 * @throws {Error} Outside a `<ConsentProvider>`.
 * @example
 * ```tsx
 * <footer><ConsentSettingsButton /></footer>
 * ```
 * @remarks R12: COMPLIANCE.md; GDPR art. 7(3); EDPB CBTF report 2023 §31-34.
 */
export function ConsentSettingsButton({ className, onClick, ...rest }: ConsentSettingsButtonProps): ReactElement {
  const manager = useManager('<ConsentSettingsButton>');
  const handleClick = (event: MouseEvent<HTMLButtonElement>): void => {
    onClick?.(event);
    if (!event.defaultPrevented) manager.openPreferences();
  };
  return (
    <button
      aria-haspopup="dialog"
      lang={manager.language}
      {...rest}
      type="button"
      className={cx('ic-button-link', 'ic-settings-button', className)}
      onClick={handleClick}
    >
      {manager.texts.cookieSettings}
    </button>
  );
}
