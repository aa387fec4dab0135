import type { CategoryConfig, ConsentConfig, ServiceConfig } from './types';
import { hasOwn, ownValue } from './own';

/** The config entry of a service, when the config declares it as its own property. Internal. */
/* @__NO_SIDE_EFFECTS__ */
export function serviceConfig(config: ConsentConfig, id: string): ServiceConfig | undefined {
  const services = (config.services ?? {}) as Readonly<Record<string, ServiceConfig>>;
  return hasOwn(services, id) ? services[id] : undefined;
}

/** True for a strictly necessary category: always granted, shown without a switch (R7). Internal. */
/* @__NO_SIDE_EFFECTS__ */
export function isRequiredCategory(config: ConsentConfig, id: string): boolean {
  return ownValue<CategoryConfig>(config.categories, id)?.required === true;
}
