import type { CategoryConfig, ConsentConfig, ServiceConfig } from '../types';

/** The config entry of a service, when the config declares it as its own property. Internal. */
/* @__NO_SIDE_EFFECTS__ */
export function serviceConfig(config: ConsentConfig, id: string): ServiceConfig | undefined {
  const services = (config.services ?? {}) as Readonly<Record<string, ServiceConfig>>;
  return Object.prototype.hasOwnProperty.call(services, id) ? services[id] : undefined;
}

/** True for a strictly necessary category: always granted, shown without a switch (R7). Internal. */
/* @__NO_SIDE_EFFECTS__ */
export function isRequiredCategory(config: ConsentConfig, id: string): boolean {
  return (config.categories as Readonly<Record<string, CategoryConfig>>)[id]?.required === true;
}
