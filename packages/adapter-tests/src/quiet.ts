import { vi } from 'vitest';

/**
 * Runs `run` with `console.error` and `console.warn` silenced (frameworks log an error before
 * rethrowing it: React on `error`, Vue on `warn`), and restores them afterwards.
 */
export async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    return await run();
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
}
