import { describe, expect, it } from 'vitest';
import { parseCli } from '../args';
import { AuditError } from '../errors';

const usage = (argv: string[]) => {
  try {
    parseCli(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(AuditError);
    expect((error as AuditError).kind).toBe('usage');
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('parseCli', () => {
  it('has defaults for everything but the URL and the config', () => {
    expect(parseCli(['http://localhost:5173/', '--config', 'consent.ts'])).toEqual({
      url: 'http://localhost:5173/',
      config: 'consent.ts',
      pages: 5,
      failOn: 'error',
      selectors: {},
      allowHosts: [],
      skipUnseen: [],
      timeoutMs: 30_000,
      quiet: false,
    });
  });

  it('reads every flag; lists may repeat or use commas', () => {
    const args = parseCli([
      'u',
      '--config',
      'c.json',
      '--export',
      'introwConfig',
      '--pages',
      '0',
      '--json',
      'a.json',
      '--html',
      'a.html',
      '--chromium',
      '/bin/c',
      '--fail-on',
      'warning',
      '--accept',
      '#a',
      '--reject',
      '#r',
      '--settings',
      '#s',
      '--withdraw',
      '#w',
      '--allow-host',
      'cdn.x',
      '--allow-host',
      '.y.net,z.org',
      '--skip-unseen',
      'cloudflare,nextAuth',
      '--setup',
      's.mjs',
      '--timeout',
      '60',
      '--quiet',
    ]);
    expect(args).toMatchObject({
      exportName: 'introwConfig',
      pages: 0,
      json: 'a.json',
      html: 'a.html',
      chromium: '/bin/c',
      failOn: 'warning',
      selectors: { accept: '#a', reject: '#r', settings: '#s', withdraw: '#w' },
      allowHosts: ['cdn.x', '.y.net', 'z.org'],
      skipUnseen: ['cloudflare', 'nextAuth'],
      setup: 's.mjs',
      timeoutMs: 60_000,
      quiet: true,
    });
  });

  it('says what to fix', () => {
    expect(usage(['u'])).toMatch(/Missing --config <file>/);
    expect(usage(['--config', 'c.ts'])).toMatch(/exactly one start URL/);
    expect(usage(['u', '--config', 'c', '--pages', 'many'])).toMatch(/--pages takes a whole number/);
    expect(usage(['u', '--config', 'c', '--fail-on', 'info'])).toMatch(/--fail-on takes "error" or "warning"/);
    expect(usage(['u', '--config', 'c', '--colour'])).toMatch(/--help/);
  });

  it('--help and --version', () => {
    expect(parseCli(['--help'])).toBe('help');
    expect(parseCli(['--version'])).toBe('version');
  });
});
