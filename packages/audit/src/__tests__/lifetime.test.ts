import { describe, expect, it } from 'vitest';
import { durationEnd, lifetimeText, observedDuration, outlivesDeclared, parseRetention } from '../lifetime';
import { NOW } from './helpers';

const at = (days: number) => NOW / 1000 + days * 86_400;

describe('lifetimes', () => {
  it('counts a month as at most 31 days and a year as at most 366, whatever the date', () => {
    expect(durationEnd({ months: 6 }, NOW)).toBe(NOW + 186 * 86_400_000);
    expect(durationEnd({ years: 1, days: 1, hours: 2 }, NOW)).toBe(NOW + 367 * 86_400_000 + 7_200_000);
    expect(durationEnd('session', NOW)).toBe(NOW);
  });

  it('R6 R11: only a cookie that lives longer than declared outlives it', () => {
    expect(outlivesDeclared(at(182), NOW, { months: 6 })).toBe(false);
    expect(outlivesDeclared(at(187), NOW, { months: 6 })).toBe(true);
    expect(outlivesDeclared(at(365), NOW, { years: 1 })).toBe(false);
    expect(outlivesDeclared(at(730), NOW, { days: 730 })).toBe(false);
    expect(outlivesDeclared(-1, NOW, { minutes: 30 })).toBe(false);
    expect(outlivesDeclared(at(1), NOW, 'session')).toBe(true);
    expect(outlivesDeclared(NOW / 1000 + 30, NOW, { seconds: 30 })).toBe(false);
  });

  it('puts an observed lifetime in a declarable unit', () => {
    expect(observedDuration(-1, NOW)).toBe('session');
    expect(observedDuration(at(90), NOW)).toEqual({ days: 90 });
    expect(observedDuration(at(0.5), NOW)).toEqual({ hours: 12 });
    expect(observedDuration(at(1 / 48), NOW)).toEqual({ minutes: 30 });
    expect(lifetimeText(at(1 / 24), NOW)).toBe('1 hour');
    expect(observedDuration(at(1) - 5, NOW)).toEqual({ days: 1 });
    expect(observedDuration(NOW / 1000 + 3600 - 5, NOW)).toEqual({ hours: 1 });
  });

  it('reads the retentions the Open Cookie Database writes', () => {
    expect(parseRetention('2 years')).toEqual({ years: 2 });
    expect(parseRetention('1 Year')).toEqual({ years: 1 });
    expect(parseRetention('30 minutes')).toEqual({ minutes: 30 });
    expect(parseRetention('2 weeks')).toEqual({ days: 14 });
    expect(parseRetention('Session')).toBe('session');
    expect(parseRetention('persistent')).toBeUndefined();
    expect(parseRetention('1-2 years')).toBeUndefined();
  });
});
