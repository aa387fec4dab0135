import type { ConsentManager } from '@introw/consent-core';
import type { ConsentAppearance } from '@introw/consent-core/ui';
import type { IdFactory } from '../ids';

/** What the open dialog needs from the renderer that shows it. */
export interface DialogContext {
  /** Where the dialog goes (appended). */
  root: HTMLElement;
  ids: IdFactory;
  /** The site's extra class, after `ic-dialog`. */
  className?: string | undefined;
  appearance: ConsentAppearance;
  /** The control that asked for the dialog, taken when it was opened: focus returns there (R24). */
  opener: HTMLElement | null;
  /** The visitor decided in the dialog (accept all, reject all, save): announce "saved". */
  onDecided(): void;
}

/** Shows the preferences dialog as a modal; returns the function that closes and removes it. */
export type OpenPreferencesDialog = (manager: ConsentManager, context: DialogContext) => () => void;
