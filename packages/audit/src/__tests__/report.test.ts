import { describe, expect, it } from 'vitest';
import { introwConfig } from '@introw/example-config';
import { analyzeObservations } from '../analyze';
import { indexDeclaration } from '../declarations';
import { formatSummary } from '../report/text';
import { toJson } from '../report/json';
import { toHtml } from '../report/html';
import type { AuditReport } from '../types';
import { cookie, states } from './helpers';

function report(): AuditReport {
  const observed = states({
    'first-visit': { cookies: [cookie('_ga', 730, { name: '_ga', value: 'secret-id' })], screenshot: 'AAAA' },
    accept: { cookies: [cookie('<b>x', 1)] },
  });
  const findings = analyzeObservations(observed, indexDeclaration(introwConfig));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    tool: '@introw/consent-audit',
    version: '0.1.0',
    url: 'https://www.introw.io/',
    startedAt: 'now',
    finishedAt: 'now',
    browser: 'Chromium',
    pages: ['https://www.introw.io/'],
    states: observed,
    findings,
    summary: { errors, warnings: findings.length - errors },
  };
}

describe('reports', () => {
  it('the summary lists the findings with suggestions and the verdict for --fail-on', () => {
    const text = formatSummary(report(), 'error');
    expect(text).toContain('before-consent');
    expect(text).toContain('// add to services:');
    expect(text).toMatch(/2 errors, \d+ warnings: FAILED \(--fail-on error\)\n$/);
  });

  it('the JSON leaves out screenshots and cookie values', () => {
    const json = toJson(report());
    expect(json).not.toContain('secret-id');
    expect(json).not.toContain('AAAA');
    expect(JSON.parse(json).findings.length).toBeGreaterThan(2);
  });

  it('the HTML is self-contained and escapes what the site wrote', () => {
    const html = toHtml(report());
    expect(html).toContain('src="data:image/jpeg;base64,AAAA"');
    expect(html).toContain('&lt;b&gt;x');
    expect(html).not.toContain('<b>x');
  });
});
