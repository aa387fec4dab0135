// The numeric targets of issues 14 (framework-free drop-in) and 19 (fastest at every moment that
// counts), checked against one run's figures: the runtime summaries (runtime.mjs `summarize`) and
// the withdrawal results (withdrawal.mjs `runWithdrawal`). Report only: a target not met is a row
// that says so, never a failing exit code (no timing gates any command).
import { fmtRange, summary, table } from './common.mjs';

/**
 * One target. `metric` is a key of the runtime summary (or of a withdrawal load, with `withdrawal`);
 * `vs`: the variant whose median ours is divided by, `max` the highest ratio allowed; without `vs`,
 * `limit` is the highest median allowed (in the metric's unit) and `context` a variant shown beside
 * it (the control: what the page and the harness cost without any library).
 * @typedef {{ issue: number, what: string, variant: string, metric: string, rate: number, vs?: string,
 *   max?: number, limit?: number, unit?: string, context?: string, withdrawal?: boolean }} Target
 */

/** @returns {Target[]} every target, in the order of the issues' texts. */
function targets() {
  const list = [];
  const add = (t) => list.push(t);
  // Issue 14: the script-tag build beside vanilla-cookieconsent, at 4× CPU throttling.
  const s14 = { issue: 14, variant: 'introw-static', rate: 4 };
  add({ ...s14, what: 'banner visible ≤ 0.8× vanilla-cookieconsent', metric: 'bannerMs', vs: 'vanilla-cookieconsent', max: 0.8 });
  add({ ...s14, what: 'no long task (after the page’s first statement)', metric: 'libLongTasks', limit: 0, unit: '', context: 'control' });
  add({ ...s14, what: 'CLS 0', metric: 'cls', limit: 0, unit: '', context: 'control' });
  add({ ...s14, what: 'click → 5 vendor scripts inserted ≤ vanilla-cookieconsent', metric: 'clickToInsertedMs', vs: 'vanilla-cookieconsent', max: 1 });
  // Issue 19: the Accept-all click.
  for (const variant of ['introw-core', 'introw-static', 'introw-react']) {
    // "Within one frame" counted in frames: the milliseconds include the wait for the next frame (about 16.7 ms at 60 Hz).
    add({
      issue: 19,
      variant,
      rate: 1,
      what: 'Accept all: banner exit starts in the first frame after the click',
      metric: 'exitFrames',
      limit: 1,
      unit: ' frame(s)',
      context: 'control',
    });
    for (const rate of [1, 4])
      add({ issue: 19, variant, rate, what: 'Accept all: script in the click task ≤ 1.5× control', metric: 'clickScriptMs', vs: 'control', max: 1.5 });
  }
  // Issue 19: first visit, at 4×.
  for (const variant of ['introw-core', 'introw-static']) {
    add({
      issue: 19,
      variant,
      rate: 4,
      what: 'first visit: load-time script ≤ vanilla-cookieconsent',
      metric: 'scriptMs',
      vs: 'vanilla-cookieconsent',
      max: 1,
    });
    add({ issue: 19, variant, rate: 4, what: 'first visit: load-time script ≤ 1.5× control', metric: 'scriptMs', vs: 'control', max: 1.5 });
  }
  // Issue 19: the React page against React alone.
  for (const rate of [1, 4]) {
    add({
      issue: 19,
      variant: 'introw-react',
      rate,
      what: 'React page: banner visible ≤ 1.10× React alone',
      metric: 'bannerMs',
      vs: 'react-baseline',
      max: 1.1,
    });
    add({ issue: 19, variant: 'introw-react', rate, what: 'React page: script ≤ 1.10× React alone', metric: 'scriptMs', vs: 'react-baseline', max: 1.1 });
  }
  // Issue 19: withdrawal at scale (withdrawal.mjs).
  const w = { issue: 19, variant: 'withdraw-introw', withdrawal: true };
  for (const rate of [1, 4])
    add({ ...w, rate, what: 'withdrawal at scale: click → done ≤ 1.0× vanilla-cookieconsent', metric: 'doneMs', vs: 'withdraw-vanilla', max: 1 });
  add({
    ...w,
    rate: 4,
    what: 'withdrawal at scale: no task over 50 ms, click → done',
    metric: 'longestMs',
    limit: 50,
    unit: ' ms',
    context: 'withdraw-control',
  });
  return list;
}

/** How a page is named in the table (the withdrawal pages are withdrawal.mjs's). */
const PAGE_NAMES = {
  'withdraw-introw': 'introw-core (withdrawal page)',
  'withdraw-vanilla': 'vanilla-cookieconsent (withdrawal page)',
  'withdraw-control': 'control (withdrawal page)',
};
const pageName = (v) => PAGE_NAMES[v] ?? v;

const digitsOf = (metric) => (metric === 'cls' ? 4 : metric === 'libLongTasks' || metric === 'longestMs' ? 0 : 1);

/** Summary of one metric of one variant at one rate, from the runtime summaries or the withdrawal loads. */
function stat({ summ, withdrawal }, t, variant) {
  if (t.withdrawal) {
    const loads = (withdrawal?.results?.[t.rate]?.[variant] ?? []).filter((r) => !r.error);
    return summary(loads.map((r) => r[t.metric]));
  }
  return summ?.[variant]?.[t.rate]?.[t.metric] ?? summary([]);
}

/** One row of the table: the figures and met / NOT met (medians). */
function row(data, t) {
  const ours = stat(data, t, t.variant);
  const ref = t.vs ?? t.context;
  const theirs = ref ? stat(data, t, ref) : null;
  const d = digitsOf(t.metric);
  const cells = [`#${t.issue}`, t.what, pageName(t.variant), `${t.rate}×`, fmtRange(ours, d), theirs ? `${pageName(ref)}: ${fmtRange(theirs, d)}` : '–'];
  if (!ours.n || (t.vs && !theirs.n)) return [...cells, 'n/a', limitText(t), 'not measured'];
  const measured = t.vs ? ours.median / theirs.median : ours.median;
  const met = t.vs ? theirs.median > 0 && measured <= t.max : measured <= t.limit;
  const shown = t.vs ? `${measured.toFixed(2)}×` : `${measured.toFixed(d)}${t.unit ?? ''}`;
  return [...cells, shown, limitText(t), met ? 'met' : 'NOT met'];
}

const limitText = (t) => (t.vs ? `≤ ${t.max.toFixed(2)}×` : `≤ ${t.limit}${t.unit ?? ''}`);

/**
 * The "Targets" section of RESULTS.md: every numeric target of issues 14 and 19 with ours and the
 * reference (median (min–max)), the measured ratio of medians (or median), the limit and met / NOT met.
 * @param {{ summ?: object, withdrawal?: object }} data runtime summaries by variant and rate; withdrawal.mjs results
 * @returns {string} markdown
 */
export function targetsSection(data) {
  const rows = targets().map((t) => row(data, t));
  const met = rows.filter((r) => r.at(-1) === 'met').length;
  const keysLeft = (data.withdrawal?.results?.[4]?.['withdraw-introw'] ?? []).filter((r) => !r.error).map((r) => r.keys);
  const keysNote = keysLeft.length
    ? `\n\n- Withdrawal at scale: core also deletes the 200 declared storage keys that vanilla-cookieconsent leaves (left after done at 4×, max over the loads: ${Math.max(...keysLeft)}/200).`
    : '';
  return `## Targets (issues 14 and 19)

Medians of this run; "measured" is ours ÷ the reference (ratio of medians) or, for an absolute limit, our median (the
control beside it: what the page and the harness cost with no library). ${met} of ${rows.length} met. Reported only:
no timing fails any command.

${table(['issue', 'target', 'page', 'CPU', 'ours: median (min–max)', 'reference: median (min–max)', 'measured', 'limit', 'status'], rows, ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'])}${keysNote}`;
}
