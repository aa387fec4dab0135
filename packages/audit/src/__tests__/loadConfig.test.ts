import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, pickConfigExport } from '../loadConfig';
import { AuditError } from '../errors';

const INTROW = resolve(__dirname, '../../../../examples/introw-config/src/index.ts');
const FIXTURE = resolve(__dirname, '../../test/fixture/fixture.config.json');
const config = { revision: 1, categories: { necessary: { required: true } } };

describe('loadConfig', () => {
  it('loads a TypeScript module and picks its only config export (Introw exports introwConfig)', async () => {
    const loaded = await loadConfig(INTROW);
    expect(loaded.siteName).toBe('Introw');
    expect((loaded.services as Record<string, { cookies?: { pattern?: unknown }[] }>).hotjar!.cookies![0]!.pattern).toBeInstanceOf(RegExp);
    expect((await loadConfig(INTROW, 'introwConfig')).siteName).toBe('Introw');
  });

  it('loads a JSON config with patterns as strings', async () => {
    const loaded = await loadConfig(FIXTURE);
    expect(loaded.cookie?.name).toBe('fx_consent');
  });

  it('fails with a usage error that says what to do', async () => {
    await expect(loadConfig('no/such/file.ts')).rejects.toThrow(/Config file not found/);
    await expect(loadConfig(INTROW, 'nope')).rejects.toThrow(/no export named "nope"; its exports: .*introwConfig/);
    const dir = mkdtempSync(join(tmpdir(), 'audit-config-'));
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    await expect(loadConfig(join(dir, 'bad.json'))).rejects.toThrow(AuditError);
    writeFileSync(join(dir, 'broken.ts'), 'export const x: number = ;');
    await expect(loadConfig(join(dir, 'broken.ts'))).rejects.toThrow(/Could not load/);
  });
});

describe('pickConfigExport', () => {
  it('prefers `config`, then `default`, then the only config-shaped export', () => {
    expect(pickConfigExport({ config, other: 1 }, 'm.ts')).toBe(config);
    expect(pickConfigExport({ default: config }, 'm.ts')).toBe(config);
    expect(pickConfigExport({ siteConfig: config, helper: () => 0 }, 'm.ts')).toBe(config);
  });

  it('asks for --export when there are several, and explains when there is none', () => {
    expect(() => pickConfigExport({ a: config, b: config }, 'm.ts')).toThrow(/several consent configs \(a, b\): choose one with --export/);
    expect(() => pickConfigExport({ helper: 1 }, 'm.ts')).toThrow(/exports no consent config/);
    expect(() => pickConfigExport({ helper: 1 }, 'm.ts', 'helper')).toThrow(/is not a consent config/);
  });
});
