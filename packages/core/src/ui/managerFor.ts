import type { ConsentConfig, ConsentState } from '../config/types';
import type { ConsentManager, ConsentManagerOptions } from '../manager/types';
import { createConsentManager } from '../manager/createConsentManager';
import { warnOnce } from '../dev/warnOnce';

/** What a provider is given: a `config` (it creates the manager) or a ready `manager`. */
export interface ManagerSource<C extends string = string, S extends string = string> {
  config?: ConsentConfig<C, S> | undefined;
  manager?: ConsentManager<C, S> | undefined;
  /** The snapshot the server rendered with; ignored with `manager`. */
  initialState?: ConsentState<C, S> | undefined;
  /** `createConsentManager` options; ignored with `manager`. */
  options?: ConsentManagerOptions<C, S> | undefined;
}

/**
 * The manager a provider gives its tree, by one rule for every renderer: a `manager` as is
 * (`initialState` and `options` are then ignored, with a development warning), else a new one
 * from `config` with `options` and `initialState`.
 *
 * @param source - `{ config | manager, initialState?, options? }`.
 * @throws {Error} When neither `config` nor `manager` is given.
 * @throws {ConsentConfigError} (from `createConsentManager`) when `config` is invalid.
 * @example
 * ```ts
 * const manager = managerFor({ config, initialState: serverSnapshot });
 * ```
 */
export function managerFor<C extends string, S extends string>(source: ManagerSource<C, S>): ConsentManager<C, S> {
  if (source.manager) {
    if (process.env.NODE_ENV !== 'production' && (source.initialState || source.options)) {
      warnOnce('A consent provider given a `manager` ignores `initialState` and `options`; pass them to createConsentManager instead.');
    }
    return source.manager;
  }
  if (!source.config) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? '[@introw/consent] <ConsentProvider> needs a `config` (from defineConsentConfig) or a `manager` (from createConsentManager).'
        : '[@introw/consent] no config or manager',
    );
  }
  const options: ConsentManagerOptions<C, S> = { ...source.options };
  if (source.initialState) options.initialState = source.initialState;
  return createConsentManager(source.config, options);
}
