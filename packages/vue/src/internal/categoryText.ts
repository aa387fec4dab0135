import { categoryDescription, categoryTitle, type CategoryConfig, type ConsentManager, type ServiceConfig } from '@introw/consent-core';

/** The category's title in the manager's language (core's `categoryTitle`). */
export function categoryTitleOf(manager: ConsentManager, id: string): string {
  return categoryTitle(manager.config, id, manager.texts, manager.language);
}

/** The category's description in the manager's language, `''` when none (core's `categoryDescription`). */
export function categoryDescriptionOf(manager: ConsentManager, id: string): string {
  return categoryDescription(manager.config, id, manager.texts, manager.language);
}

/** The config entry of a service, if the config declares it (own property only). */
export function serviceOf(manager: ConsentManager, id: string): ServiceConfig | undefined {
  const services = (manager.config.services ?? {}) as Readonly<Record<string, ServiceConfig>>;
  return Object.prototype.hasOwnProperty.call(services, id) ? services[id] : undefined;
}

/** The service's display name: its `name`, else its id. */
export function serviceNameOf(manager: ConsentManager, id: string): string {
  return serviceOf(manager, id)?.name ?? id;
}

/** True for a strictly necessary category: always granted, shown without a switch (R7). */
export function isRequiredCategory(manager: ConsentManager, id: string): boolean {
  return (manager.config.categories as Readonly<Record<string, CategoryConfig>>)[id]?.required === true;
}
