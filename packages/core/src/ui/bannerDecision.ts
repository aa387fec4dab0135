import type { ConsentManager } from '../manager/types';
import { focusAfterBanner } from './focusAfterBanner';

/**
 * Applies a decision made with one of the banner's buttons and keeps keyboard focus on the page:
 * when the banner goes, focus moves to "Cookie settings" instead of falling to `<body>` (R12,
 * R26 2.4.3). Every renderer's "Accept all" and "Reject all" call it.
 *
 * @param manager - The consent manager.
 * @param action - `accept-all` or `reject-all` (R3: the same weight, one click each).
 * @param button - The button that was pressed (inside the banner).
 * @example
 * ```ts
 * button.addEventListener('click', () => bannerDecision(manager, 'reject-all', button));
 * ```
 * @remarks R3, R12, R26: docs/rules.md.
 */
export function bannerDecision(manager: ConsentManager, action: 'accept-all' | 'reject-all', button: Element): void {
  const banner = button.closest('[data-ic-banner]');
  if (action === 'accept-all') manager.acceptAll();
  else manager.rejectAll();
  focusAfterBanner(banner);
}
