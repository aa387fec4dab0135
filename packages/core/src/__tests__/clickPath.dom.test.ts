import { describe, expect, it, vi } from 'vitest';
import { createConsentManager, memoryStorage, type ConsentRecord } from '../index';
import { config } from './fixtures';

/** Issue 19: the click applies the decision; the record, read-back and cross-tab message wait for the frame. */
describe('the click path', () => {
  const setup = () => {
    const records: ConsentRecord[] = [];
    const decisions: string[] = [];
    const consent = createConsentManager(config, { gpc: false, storage: memoryStorage(), onRecord: (r) => void records.push(r) });
    consent.on('decision', (e) => decisions.push(e.method));
    return { consent, records, decisions };
  };

  it('a decision is applied and announced at once; its record follows after the frame', async () => {
    const { consent, records, decisions } = setup();
    consent.acceptAll();
    expect(consent.hasConsent('analytics')).toBe(true);
    expect(consent.getUiState().bannerVisible).toBe(false);
    expect(decisions).toEqual(['accept-all']);
    expect(records).toEqual([]);
    await vi.waitFor(() => expect(records.map((r) => r.method)).toEqual(['accept-all']));
  });

  it('a page left before the frame still records the decision (pagehide)', () => {
    const { consent, records } = setup();
    consent.rejectAll();
    expect(records).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(records.map((r) => r.method)).toEqual(['reject-all']);
  });

  it('two decisions within one frame are recorded in order, each with its own choices', async () => {
    const { consent, records } = setup();
    consent.acceptAll();
    consent.save({ categories: { analytics: false } });
    await vi.waitFor(() => expect(records).toHaveLength(2));
    expect(records.map((r) => r.method)).toEqual(['accept-all', 'withdrawal']);
    expect(records[0]!.categories.analytics).toBe(true);
    expect(records[1]!.categories.analytics).toBe(false);
  });

  it('an action that changes nothing is still a decision (and a record)', async () => {
    const { consent, records, decisions } = setup();
    consent.rejectAll();
    consent.rejectAll();
    expect(decisions).toEqual(['reject-all', 'reject-all']);
    await vi.waitFor(() => expect(records).toHaveLength(2));
  });
});
