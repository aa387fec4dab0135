import type { ConsentChannel, ConsentPlatform } from '../browser/platform';

/** Channels of one fake browser profile: tabs that share a bus hear each other's messages. */
export type ChannelBus = Map<string, Set<ConsentChannel>>;

/** A fake localStorage (the marker storage, and the page's storage areas for sweeps). */
function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
  };
}

/**
 * A fake page for core's browser side, without jsdom: a clock and timers the test advances, idle
 * callbacks it runs, a cross-tab channel bus, reloads counted, a marker storage, and a document
 * just rich enough for gating (no placeholders), sweeps (a cookie string) and visibility.
 *
 * @param options - `now` (epoch ms), `bus` (share one to connect tabs), `marker` (share it too: one origin).
 */
export function fakePlatform(options: { now?: number; bus?: ChannelBus; marker?: ReturnType<typeof fakeStorage> } = {}) {
  let now = options.now ?? Date.UTC(2026, 11, 3);
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const idle: (() => void)[] = [];
  const frame: (() => void)[] = [];
  const paintFrame = (): void => {
    for (const fn of frame.splice(0)) fn();
  };
  const bus: ChannelBus = options.bus ?? new Map();
  const marker = options.marker ?? fakeStorage();
  const listeners = new Map<string, Set<(event: Event) => void>>();
  const on = (type: string, fn: (event: Event) => void) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(fn);
  const off = (type: string, fn: (event: Event) => void) => void listeners.get(type)?.delete(fn);
  let cookies = '';
  const document = {
    get cookie() {
      return cookies;
    },
    set cookie(value: string) {
      // Enough for the sweep and the consent cookie: name=value; expiring writes remove the name.
      const [pair = ''] = value.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const kept = cookies.split('; ').filter((c) => c && !c.startsWith(`${name}=`));
      if (!/max-age=0|expires=thu, 01 jan 1970/i.test(value)) kept.push(pair.trim());
      cookies = kept.join('; ');
    },
    location: { hostname: 'app.example.test', pathname: '/', protocol: 'http:' },
    visibilityState: 'visible',
    documentElement: {},
    scripts: [],
    querySelectorAll: () => [],
    addEventListener: on,
    removeEventListener: off,
    defaultView: { isSecureContext: false, localStorage: marker, sessionStorage: fakeStorage() },
  };
  const window = { addEventListener: on, removeEventListener: off, localStorage: marker };
  const state = { reloads: 0 };

  const platform: ConsentPlatform = {
    document: document as unknown as Document,
    window: window as unknown as Window & typeof globalThis,
    now: () => now,
    setTimeout(run, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    idle: (fn) => void idle.push(fn),
    // A frame is painted in the next real task (or earlier through `paint()`).
    afterFrame: (fn) => void (frame.push(fn) === 1 && setImmediate(paintFrame)),
    channel(name) {
      const peers = bus.get(name) ?? bus.set(name, new Set()).get(name)!;
      const channel: ConsentChannel = {
        onmessage: null,
        postMessage(message) {
          const data = structuredClone(message);
          for (const peer of peers) if (peer !== channel) queueMicrotask(() => peer.onmessage?.({ data } as MessageEvent));
        },
        close: () => void peers.delete(channel),
      };
      peers.add(channel);
      return channel;
    },
    observe: () => () => {},
    reload: () => void state.reloads++,
    marker: () => marker,
    gpc: () => false,
    languages: () => ['en'],
  };
  return {
    platform,
    marker,
    state,
    document,
    /** Moves the clock, running every timer that falls due, in order. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].run();
      }
      now = end;
    },
    /** Moves the clock without running timers (a hidden tab whose timers slept). */
    jump(ms: number) {
      now += ms;
    },
    /** Paints a frame: runs the after-frame callbacks queued so far. */
    paint: paintFrame,
    /** Runs the idle callbacks queued so far. */
    runIdle() {
      for (const fn of idle.splice(0)) fn();
    },
    /** Fires an event on the document and window (e.g. `visibilitychange`, `pageshow`). */
    fire(type: string, event: Partial<Event> & Record<string, unknown> = {}) {
      for (const fn of [...(listeners.get(type) ?? [])]) fn({ type, ...event } as Event);
    },
  };
}

export { fakeStorage };
