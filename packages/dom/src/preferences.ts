import type { ConsentManager } from '@introw/consent-core';
import { createPreferencesController, type ConsentAppearance } from '@introw/consent-core/ui';
import { h } from './h';
import type { IdFactory } from './ids';
import type { OpenPreferencesDialog } from './dialog/types';
import { preferencesDialog } from './dialog/load';

/** What {@link createPreferences} needs besides the manager. */
export interface PreferencesOptions {
  /** Where the status region and the dialog go (appended). */
  root: HTMLElement;
  ids: IdFactory;
  /** The site's extra class, after `ic-dialog`. */
  className?: string | undefined;
  appearance: ConsentAppearance;
}

/**
 * The second layer's lifecycle, as React's and Vue's `ConsentPreferences`, on core's preferences
 * controller (the opener, loading the dialog's code on demand, Escape while it loads, closing on a
 * failed load, the "saved" status): a `role="status"` region that is always there (R26 4.1.3), and
 * the dialog, shown while the preferences are open and its code has arrived.
 */
export function createPreferences(manager: ConsentManager, { root, ids, className, appearance }: PreferencesOptions) {
  const controller = createPreferencesController<{ openPreferencesDialog: OpenPreferencesDialog }>(manager, preferencesDialog);
  const status = h('div', { class: 'ic-status', role: 'status', lang: manager.language });
  root.append(status);
  const stopController = controller.start();
  let close: (() => void) | undefined;

  return {
    /** Subscribes to the manager and the controller (the dialog's code arriving, "saved"). */
    subscribe: controller.subscribe,
    /** Starts loading the dialog's code (intent: pointer enter, focus, pointer down on an opener). */
    prefetch: (): void => void preferencesDialog.get().catch(() => {}),
    /** Brings the status text and the dialog in line with the state. */
    update(): void {
      const { open, dialog, status: text } = controller.getState();
      if (status.textContent !== text) status.textContent = text;
      if (open && dialog && !close) {
        close = dialog.openPreferencesDialog(manager, { root, ids, className, appearance, opener: controller.opener(), onDecided: controller.decided });
      } else if (!open && close) {
        close();
        close = undefined;
      }
    },
    stop(): void {
      stopController();
      close?.();
      close = undefined;
      status.remove();
    },
  };
}
