import type { ConsentStorage } from '../config/types';
import type { ConsentModel } from '../config/model';
import type { Emitter } from './emitter';
import { decodeCopies, encodeConsent, type StoredConsent } from '../storage/encoding';

/** Reading, writing and reading back the stored decision (R10, R29, R30). */
export interface Persistence {
  /** The stored decision that counts (see `decodeCopies`), `null` when none or unreadable. */
  read(now: number): StoredConsent | null;
  /** Encodes and writes; returns the value, or `null` when the write threw (an `error` event says so). */
  write(stored: StoredConsent): string | null;
  /** True when storage now holds exactly `value` as the decision that counts; else an `error` event. */
  verify(value: string, now: number): boolean;
  /** Forgets the stored decision; a throwing storage is reported. */
  clear(): void;
}

/**
 * Persistence over a {@link ConsentStorage}. Every storage call may throw (R30): reads then mean
 * "no decision", writes keep the choice in memory only, and an `error` event says which.
 */
export function createPersistence(model: ConsentModel, storage: ConsentStorage, events: Emitter): Persistence {
  /** Every stored value (copies in several cookie scopes included). */
  const values = (): (string | null)[] => (storage.readAll ? storage.readAll() : [storage.read()]);
  return {
    read(now) {
      try {
        return decodeCopies(values(), model, now);
      } catch (error) {
        events.fail('storage-read', error);
        return null;
      }
    },
    write(stored) {
      const value = encodeConsent(stored, model);
      try {
        storage.write(value, { expiresAt: new Date(stored.expiresAt) });
        return value;
      } catch (error) {
        events.fail('storage-write', error);
        return null;
      }
    },
    verify(value, now) {
      let back: StoredConsent | null = null;
      try {
        back = decodeCopies(values(), model, now);
      } catch {
        // unreadable: not stored
      }
      const ok = !!back && encodeConsent(back, model) === value;
      if (!ok) events.fail('storage-verify');
      return ok;
    },
    clear() {
      try {
        storage.clear();
      } catch (error) {
        events.fail('storage-clear', error);
      }
    },
  };
}
