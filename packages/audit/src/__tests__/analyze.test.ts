import { describe, expect, it } from 'vitest';
import { introwConfig } from '@introw/example-config';
import { analyzeObservations } from '../analyze';
import { indexDeclaration } from '../declarations';
import type { Finding } from '../types';
import { cookie, request, states, storage } from './helpers';

const index = indexDeclaration(introwConfig);
/** Findings other than `unseen` (the Introw config declares platform cookies a test never sets). */
const analyze = (...args: Parameters<typeof states>) => analyzeObservations(states(...args), index).filter((f) => f.kind !== 'unseen');
const brief = (f: Finding) => `${f.severity} ${f.kind} ${f.name}`;

describe('analyzeObservations', () => {
  it('R1: an analytics cookie on a first visit is an error, once, listing the refusal too', () => {
    const ga = cookie('_ga', 730);
    const findings = analyze({ 'first-visit': { cookies: [ga] }, reject: { cookies: [ga] } });
    expect(findings.map(brief)).toEqual(['error before-consent _ga']);
    expect(findings[0]).toMatchObject({ serviceId: 'googleAnalytics', categoryId: 'analytics', states: ['first-visit', 'reject'], rules: ['R1'] });
  });

  it('R1 R10: a cookie set only after "Reject all" is an after-refusal error', () => {
    expect(analyze({ reject: { cookies: [cookie('__hstc', 182)] } }).map(brief)).toEqual(['error after-refusal __hstc']);
  });

  it('R7: strictly necessary cookies and the consent cookie are allowed in every state', () => {
    const necessary = [cookie('introw_consent', 182), cookie('__cf_bm', 0.02, { httpOnly: true })];
    expect(analyze({ 'first-visit': { cookies: necessary }, reject: { cookies: necessary }, withdrawal: { cookies: necessary } })).toEqual([]);
  });

  it('R13: a cookie left after the withdrawal is an error; set again with a new value, an after-refusal error', () => {
    const kept = analyze({ accept: { cookies: [cookie('_ga', 730)] }, withdrawal: { cookies: [cookie('_ga', 730)] } });
    expect(kept.map(brief)).toEqual(['error not-removed _ga']);
    const reset = analyze({ accept: { cookies: [cookie('_ga', 730)] }, withdrawal: { cookies: [cookie('_ga', 730, { value: 'v2' })] } });
    expect(reset.map(brief)).toEqual(['error after-refusal _ga']);
    expect(reset[0]!.states).toEqual(['withdrawal']);
  });

  it('R27 R32: HttpOnly and third-party leftovers are warnings with the reason', () => {
    const httpOnly = cookie('hubspotutk', 182, { httpOnly: true });
    const ide = cookie('IDE', 390, { domain: '.doubleclick.net', thirdParty: true });
    const findings = analyze({ accept: { cookies: [httpOnly, ide] }, withdrawal: { cookies: [httpOnly, ide] } });
    expect(findings.map(brief)).toEqual(['warning not-removed hubspotutk', 'warning not-removed IDE']);
    expect(findings[0]!.reason).toMatch(/HttpOnly.*R27/);
    expect(findings[1]!.reason).toMatch(/doubleclick\.net.*R32/);
  });

  it('R6: an undeclared cookie is an error with a suggestion from the Open Cookie Database', () => {
    const [finding] = analyze({ accept: { cookies: [cookie('_fbp', 90)] } });
    expect(brief(finding!)).toBe('error undeclared _fbp');
    expect(finding!.suggestion).toMatchObject({ source: 'open-cookie-database', vendor: 'Facebook', databaseCategory: 'Marketing', categoryId: 'advertising' });
    expect(finding!.suggestion!.snippet).toContain("name: '_fbp'");
  });

  it('a declared domain must match: IDE on the site itself is undeclared, on doubleclick.net it is Google Ads', () => {
    expect(analyze({ accept: { cookies: [cookie('IDE', 390)] } }).map(brief)).toEqual(['error undeclared IDE']);
    expect(analyze({ accept: { cookies: [cookie('IDE', 390, { domain: '.doubleclick.net', thirdParty: true })] } })).toEqual([]);
  });

  it('R6 R11: a cookie that outlives its declared duration is a warning; exactly the declared lifetime is fine', () => {
    const findings = analyze({ accept: { cookies: [cookie('__hssc', 1 / 12), cookie('_ga', 730), cookie('__hssrc', 1)] } });
    expect(findings.map(brief)).toEqual(['warning lifetime __hssc', 'warning lifetime __hssrc']);
    expect(findings[0]!.message).toMatch(/lives 2 hours, longer than its declared 30 minutes/);
  });

  it('R6: a declared cookie never seen is a stale-declaration warning, unless its service is skipped', () => {
    const all = analyzeObservations(states({ accept: { cookies: [cookie('_ga', 730)] } }), index);
    const unseen = all.filter((f) => f.kind === 'unseen').map((f) => f.name);
    expect(unseen).toContain('_ga_<container-id>');
    expect(unseen).not.toContain('_ga');
    const skipped = analyzeObservations(states({}), index, { skipUnseen: ['cloudflare', 'nextAuth'] }).map((f) => f.serviceId);
    expect(skipped).not.toContain('cloudflare');
    expect(skipped).toContain('googleAnalytics');
  });

  it('R1: a third-party request without consent is an error; after "Accept all" it is not', () => {
    const findings = analyze({
      'first-visit': { requests: [request('static.hotjar.com'), request('static.hotjar.com')] },
      accept: { requests: [request('cdn.segment.com')] },
    });
    expect(findings.map(brief)).toEqual(['error third-party-request static.hotjar.com']);
    expect(findings[0]!.message).toMatch(/^2 requests/);
    expect(analyze({ withdrawal: { requests: [request('js.hs-scripts.com')] } }).map(brief)).toEqual(['error third-party-request js.hs-scripts.com']);
  });

  it("storage: keys are checked like cookies; the consent mechanism's own keys are strictly necessary", () => {
    const findings = analyze({
      'first-visit': { storage: [storage('localStorage', 'ajs_anonymous_id'), storage('localStorage', 'introw_consent:granted')] },
      accept: { storage: [storage('sessionStorage', 'mystery'), storage('localStorage', '_hjSessionUser_1')] },
      withdrawal: { storage: [storage('localStorage', '_hjSessionUser_1'), storage('indexedDB', 'firebase-heartbeat-database')] },
    });
    expect(findings.map(brief)).toEqual([
      'error before-consent ajs_anonymous_id',
      'error undeclared mystery',
      'error not-removed _hjSessionUser_1',
      'error undeclared firebase-heartbeat-database',
    ]);
    expect(findings[1]!.suggestion!.snippet).toContain("storageKeys: ['mystery']");
  });
});
