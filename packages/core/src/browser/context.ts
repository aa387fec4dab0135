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
