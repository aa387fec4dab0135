import { describe, expect, it } from 'vitest';
import { runCli } from './cliProcess';

describe('introw-consent-server command line', () => {
  it('--help explains every option and command', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    for (const option of [
      'verify',
      'purge',
      '--database',
      '--port',
      '--host',
      '--allowed-origin',
      '--admin-token',
      'CONSENT_ADMIN_TOKEN',
      '--base-path',
      '--retention-days',
      '--consent-cookie',
      '--cookie-domain',
      '--store-ip',
      '--store-user-agent',
      '--max-body-bytes',
      '--max-batch',
    ]) {
      expect(stdout).toContain(option);
    }
  });

  it('an unknown option or command, or a bad value, exits 2 with a message that says what to do', () => {
    for (const args of [['--prot', '80'], ['serv'], ['--port', 'eighty'], ['--allowed-origin', 'https://a.test/path'], ['--store-ip', 'some']]) {
      const { status, stderr } = runCli(args);
      expect(status).toBe(2);
      expect(stderr).toMatch(/^introw-consent-server: /);
    }
  });
});
