import type { ConsentModel } from '../config/model';
import type { ConsentStore } from '../manager/store';
import type { Emitter } from '../manager/emitter';
import type { Actions } from '../manager/actions';
import type { ConsentPlatform } from './platform';

/** What the browser side (mount, cross-tab, gating, withdrawals) needs from its manager. */
export interface BrowserContext {
  platform: ConsentPlatform;
  model: ConsentModel;
  store: ConsentStore;
  events: Emitter;
  actions: Pick<Actions, 'refresh' | 'readStored' | 'adopt' | 'record'>;
  /** The manager's clock, epoch ms. */
  now(): number;
  gpc: boolean;
  /** `options.reloadOnRevoke !== false`. */
  reloadOnRevoke: boolean;
  /** `options.crossTab !== false`. */
  crossTab: boolean;
  /** `options.nonce`: the page's CSP nonce when the site gives it. */
  nonce: string | undefined;
  /** Delivers records a sink queued on an earlier page (`beaconRecordSink`'s `flush`). */
  flushRecords(): void;
}

/** The localStorage key of the marker of granted ids (`<cookie>:granted`; strictly necessary). */
export const markerKey = (model: ConsentModel): string => `${model.cookieName}:granted`;

/**
 * The marker's entries: the ids a page granted, and `-id` for a withdrawn one to sweep again; `[]`
 * when there is none or it is not a list.
 *
 * @throws When localStorage throws (blocked, R30) or holds text that is not JSON: callers catch.
 */
export function markerEntries(platform: ConsentPlatform, model: ConsentModel): string[] {
  const listed: unknown = JSON.parse(platform.marker().getItem(markerKey(model)) || '[]');
  return Array.isArray(listed) ? listed.map(String) : [];
}
