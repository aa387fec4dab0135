import type { ConsentChoice, ConsentConfig, ConsentState, ServiceConfig } from '../config/types';

/**
 * The switches of an open preferences dialog before "Save choices": an immutable value; every
 * change returns a new draft (so it fits React state and a Vue `shallowRef`). UI state only:
 * nothing is granted until the choice is saved through the manager.
 */
export interface PreferencesDraft {
  /** Category id -> switch on. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** Service id -> switch on. */
  readonly services: Readonly<Record<string, boolean>>;
  /** The category switched on or off, and every service in it with it (the visitor can then switch single services back). */
  withCategory(id: string, on: boolean): PreferencesDraft;
  /** One service switched on or off; its category's switch is left as it is (R5). */
  withService(id: string, on: boolean): PreferencesDraft;
  /**
   * What "Save choices" passes to `manager.save()` (a {@link ConsentChoice}): every category and
   * service switch, as new plain objects.
   */
  choice(): { categories: Record<string, boolean>; services: Record<string, boolean> };
}

/**
 * The draft a preferences dialog starts from: the switches of the given snapshot, i.e. the
 * stored choice, or, for a visitor who has not decided, nothing but the required categories (no
 * pre-ticked boxes). Toggling a category carries its services along; saving passes
 * `draft.choice()` to `manager.save()`. Required categories and their services have no switch
 * in the dialog and are granted by `save` whatever a draft says (R7).
 *
 * @param config - The site config (which services belong to which category).
 * @param snapshot - The consent snapshot when the dialog opens (`manager.getSnapshot()`); only `categories` and `services` are read.
 * @returns A new {@link PreferencesDraft}. Never throws.
 * @example
 * ```ts
 * let draft = createPreferencesDraft(consent.config, consent.getSnapshot());
 * draft = draft.withCategory('analytics', true);   // analytics and its services on
 * draft = draft.withService('hotjar', false);      // but not Hotjar
 * consent.save(draft.choice());
 * ```
 * @remarks R4 (no pre-ticked boxes), R5 (per category and per service), R7 (strictly necessary
 * is not a choice): docs/rules.md; CJEU C-673/17 Planet49.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createPreferencesDraft(config: ConsentConfig, snapshot: Pick<ConsentState, 'categories' | 'services'>): PreferencesDraft {
  const services = Object.entries((config.services ?? {}) as Readonly<Record<string, ServiceConfig>>);
  const draft = (categories: Record<string, boolean>, serviceState: Record<string, boolean>): PreferencesDraft => ({
    categories,
    services: serviceState,
    withCategory(id, on) {
      const next = { ...serviceState };
      for (const [serviceId, service] of services) if (service.category === id) next[serviceId] = on;
      return draft({ ...categories, [id]: on }, next);
    },
    withService: (id, on) => draft(categories, { ...serviceState, [id]: on }),
    choice: () => ({ categories: { ...categories }, services: { ...serviceState } }),
  });
  return draft({ ...snapshot.categories }, { ...snapshot.services });
}
