import type { ErrorKind } from './types';

/** The `error` event's `message` in development builds, by kind (production builds use the kind; callers guard with `process.env.NODE_ENV`). */
export function errorMessage(kind: ErrorKind): string {
  return (
    {
      'storage-read': 'Could not read the stored consent; treating it as no decision',
      'storage-write': 'Could not store the consent; it applies to this page only',
      'storage-verify': 'The consent was written but could not be read back (cookie blocked or dropped); it applies to this page only',
      'storage-clear': 'Could not clear the stored consent',
      record: 'The record sink failed',
      listener: 'An event handler threw',
      hook: "A service's onGrant or onRevoke hook threw",
      gating: 'Activating gated scripts or embeds failed',
      'cross-tab': 'BroadcastChannel unavailable; decisions are not shared with other tabs',
      revocation: 'Deleting the withdrawn cookies or storage keys failed (storage blocked); the reload, when needed, still happens',
      plugin: 'A plugin failed to start (e.g. a non-array window.dataLayer); the page goes on without it',
      module:
        'The on-demand withdrawal module could not be loaded or started (offline, or removed by a deploy): this withdrawal was not swept here and no `revocation` event follows; a needed reload still happens, the next change tries again, and the next page sweeps what is left',
    } satisfies Record<ErrorKind, string>
  )[kind];
}
