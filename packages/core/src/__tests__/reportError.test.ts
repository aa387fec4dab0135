import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportError } from '../ui';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reportError', () => {
  it('hands the error to the global reportError (console, window.onerror) and returns', () => {
    const report = vi.fn();
    vi.stubGlobal('reportError', report);
    const error = new Error('consent.dialog.js did not load');
    expect(reportError(error)).toBeUndefined();
    expect(report).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith(error);
  });

  it('does nothing, and does not throw, where reportError is missing (Node, older browsers)', () => {
    vi.stubGlobal('reportError', undefined);
    expect(() => reportError(new Error('x'))).not.toThrow();
  });
});
