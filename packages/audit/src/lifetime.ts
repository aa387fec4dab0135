import type { CookieDuration } from '@introw/consent-core';

/** Slack for clocks and rounding when comparing an expiry with a declared duration: one minute. */
const SLACK_MS = 60_000;

const DAY_MS = 86_400_000;

/**
 * The latest moment a declared duration can end when it starts at `from` (epoch ms): a month
 * counts as 31 days and a year as 366, so a cookie of 182 days declared as "6 months" or one of
 * 365 days declared as "1 year" never outlives it, whatever the date. `'session'` gives `from`.
 */
export function durationEnd(duration: CookieDuration, from: number): number {
  if (duration === 'session') return from;
  const days = (duration.years ?? 0) * 366 + (duration.months ?? 0) * 31 + (duration.days ?? 0);
  return from + days * DAY_MS + (duration.hours ?? 0) * 3_600_000 + (duration.minutes ?? 0) * 60_000 + (duration.seconds ?? 0) * 1000;
}

/**
 * Does a cookie outlive its declared duration? The expiry is compared with the declared end
 * counted from when the cookie was observed, which is after it was set, so this never blames a
 * cookie that lives exactly as declared. A persistent cookie declared `'session'` outlives it.
 *
 * @param expires - The cookie's expiry in epoch seconds; `-1` for a session cookie.
 * @param observedAt - When it was read, epoch ms.
 */
export function outlivesDeclared(expires: number, observedAt: number, declared: CookieDuration): boolean {
  if (expires < 0) return false;
  if (declared === 'session') return true;
  return expires * 1000 > durationEnd(declared, observedAt) + SLACK_MS;
}

/** An observed lifetime as a duration to declare: `'session'`, or whole days, hours or minutes. */
export function observedDuration(expires: number, observedAt: number): CookieDuration {
  if (expires < 0) return 'session';
  // Rounded to the nearest unit first: a day-long cookie read a moment after it was set is 1 day, not 24 hours.
  const ms = Math.max(0, expires * 1000 - observedAt);
  if (Math.round(ms / 3_600_000) >= 24) return { days: Math.round(ms / DAY_MS) };
  if (Math.round(ms / 60_000) >= 60) return { hours: Math.round(ms / 3_600_000) };
  return { minutes: Math.max(1, Math.round(ms / 60_000)) };
}

/** An observed lifetime in words for messages: `session`, `730 days`, `30 minutes`. */
export function lifetimeText(expires: number, observedAt: number): string {
  const d = observedDuration(expires, observedAt);
  if (d === 'session') return 'session';
  const [unit, n] = Object.entries(d)[0]!;
  return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
}

const UNIT: Record<string, keyof Exclude<CookieDuration, 'session'>> = {
  second: 'seconds',
  minute: 'minutes',
  hour: 'hours',
  day: 'days',
  week: 'days',
  month: 'months',
  year: 'years',
};

/**
 * Reads a retention as the Open Cookie Database writes it (`2 years`, `30 minutes`, `1 Year`,
 * `session`) into a duration; `undefined` for anything else (`persistent`, `varies`, ranges).
 */
export function parseRetention(text: string): CookieDuration | undefined {
  const t = text.trim().toLowerCase();
  if (/^(browser )?session( cookie)?$/.test(t)) return 'session';
  const m = /^(\d+)\s*(second|minute|hour|day|week|month|year)s?$/.exec(t);
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2] === 'week' ? 7 : 1);
  return { [UNIT[m[2]!]!]: n };
}
