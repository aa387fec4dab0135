'use client';
import type { ButtonHTMLAttributes, MouseEvent, ReactElement, SyntheticEvent } from 'react';
import { useManager } from './internal/useManager';
import { cx } from './internal/cx';
import { prefetchPreferencesDialog } from './internal/dialog';

/** Wraps an optional handler so the dialog's code starts loading first (intent to open it). */
const prefetching =
  <E extends SyntheticEvent>(handler: ((event: E) => void) | undefined) =>
  (event: E): void => {
    prefetchPreferencesDialog();
    handler?.(event);
  };

/** Props of {@link ConsentSettingsButton}: any `<button>` attribute except `type` and `children`. */
export interface ConsentSettingsButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'> {}

/**
 * The "Cookie settings" control (`texts.cookieSettings`): a button that reopens the preferences
 * dialog, so withdrawing is as easy as giving. Put it somewhere reachable on every page (the
 * footer). Focus returns to it when the dialog closes. Pointing at, focusing or pressing it
 * (`pointerenter`, `focus`, `pointerdown`) starts loading the dialog's code, which
 * {@link ConsentPreferences} loads on demand. Classes: `ic-button-link ic-settings-button`.
 *
 * @param props - Button attributes; `onClick` runs before the dialog opens (call
 *   `event.preventDefault()` to keep it closed); `onPointerEnter`, `onFocus` and
 *   `onPointerDown` run after the prefetch starts.
 * @throws {Error} Outside a `<ConsentProvider>`.
 * @example
 * ```tsx
 * <footer><ConsentSettingsButton /></footer>
 * ```
 * @remarks R12: docs/rules.md; GDPR art. 7(3); EDPB CBTF report 2023 §31-34.
 */
export function ConsentSettingsButton({ className, onClick, onPointerEnter, onFocus, onPointerDown, ...rest }: ConsentSettingsButtonProps): ReactElement {
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
      onPointerEnter={prefetching(onPointerEnter)}
      onFocus={prefetching(onFocus)}
      onPointerDown={prefetching(onPointerDown)}
      onClick={handleClick}
    >
      {manager.texts.cookieSettings}
    </button>
  );
}
