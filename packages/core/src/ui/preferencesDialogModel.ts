import type { ConsentTexts } from '../i18n/texts';
import type { ConsentManager } from '../manager/types';
import { createPreferencesDraft, type PreferencesDraft } from './createPreferencesDraft';
import { preferencesSections, type PreferencesSection } from './preferencesSections';
import { privacyContactHref } from './privacyContactHref';
import { bannerContent, type BannerLink } from './bannerContent';

/** The privacy contact line: `texts.privacyContact` split around `{contact}`, and the contact with its link. */
export interface ContactLine {
  /** The text around the contact: render `parts[0]`, the contact, `parts[1]`, ... */
  parts: string[];
  contact: string;
  /** `mailto:` for an e-mail address, a safe http(s) URL as is, else `null` (plain text). */
  href: string | null;
}

/** What an open preferences dialog shows and does; see {@link createPreferencesDialogModel}. */
export interface PreferencesDialogModel {
  readonly texts: ConsentTexts;
  readonly language: string;
  /** Per category: title, description, required, services with their cookie rows (R5-R7). */
  readonly sections: readonly PreferencesSection[];
  /** The cookie statement and the privacy statement, when configured and safe (as in the banner). */
  readonly links: readonly BannerLink[];
  /** The privacy contact line, when `config.privacyContact` is set. */
  readonly contact: ContactLine | null;
  /** The switches; replaced by the stored choice whenever the snapshot changes meanwhile. */
  getDraft(): PreferencesDraft;
  subscribe(listener: () => void): () => void;
  setCategory(id: string, on: boolean): void;
  setService(id: string, on: boolean): void;
  acceptAll(): void;
  rejectAll(): void;
  /** Saves the switches (`manager.save`). */
  save(): void;
}

/**
 * The open dialog's rules, once for every renderer: the switches start from the stored choice
 * (nothing pre-ticked for an undecided visitor: R4) and follow it when it changes meanwhile
 * (another tab, a gated embed: saving a stale draft would re-grant what was just withdrawn); a
 * category switch moves its services' switches; each action calls `onDecided` after deciding.
 *
 * @param manager - The consent manager.
 * @param onDecided - Called after "Accept all", "Reject all" or "Save choices" (announce "saved").
 * @example
 * ```ts
 * const model = createPreferencesDialogModel(manager, () => preferences.decided());
 * model.setCategory('analytics', true);
 * model.save();
 * ```
 * @remarks R3-R7, R12, R22: docs/rules.md.
 */
export function createPreferencesDialogModel(manager: ConsentManager, onDecided: () => void): PreferencesDialogModel {
  const { config, texts, language } = manager;
  const listeners = new Set<() => void>();
  let base = manager.getSnapshot();
  let draft = createPreferencesDraft(config, base);
  const getDraft = (): PreferencesDraft => {
    const snapshot = manager.getSnapshot();
    if (snapshot !== base) {
      base = snapshot;
      draft = createPreferencesDraft(config, base);
    }
    return draft;
  };
  const update = (next: PreferencesDraft): void => {
    draft = next;
    for (const l of [...listeners]) l();
  };
  const decide = (action: () => void): void => {
    action();
    onDecided();
  };
  const contact = config.privacyContact;
  return {
    texts,
    language,
    sections: preferencesSections(config, texts, language),
    links: bannerContent(config, texts, language).links,
    contact: contact ? { parts: texts.privacyContact.split('{contact}'), contact, href: privacyContactHref(contact) } : null,
    getDraft,
    subscribe(listener) {
      listeners.add(listener);
      const off = manager.subscribe(listener);
      return () => {
        listeners.delete(listener);
        off();
      };
    },
    setCategory: (id, on) => update(getDraft().withCategory(id, on)),
    setService: (id, on) => update(getDraft().withService(id, on)),
    acceptAll: () => decide(manager.acceptAll),
    rejectAll: () => decide(manager.rejectAll),
    save: () => decide(() => manager.save(getDraft().choice())),
  };
}
