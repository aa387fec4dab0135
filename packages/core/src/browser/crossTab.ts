import type { ConsentChannel } from './platform';
import type { BrowserContext } from './context';
import { ownValue } from '../config/own';
import { decodeConsent } from '../storage/encoding';

/**
 * Cross-tab sync: another tab's decision (or withdrawal: `null`) applies here without a reload.
 * The receiving tab prefers what storage says and falls back to the message (decoded with the
 * same fail-closed decoder) only where storage is blocked; it never writes back, so there is
 * no echo. Messages are read as own properties only.
 *
 * @param ctx - The manager's browser context.
 * @returns The channel, or `null` without `BroadcastChannel` (or when creating it threw: an
 *   `error` event of kind `cross-tab`).
 */
export function startCrossTab(ctx: BrowserContext): ConsentChannel | null {
  const { model, actions } = ctx;
  try {
    const channel = ctx.platform.channel(`introw-consent:${model.cookieName}`);
    if (channel) {
      channel.onmessage = (e) => {
        const value = ownValue(e.data, 'value');
        if (value !== null && typeof value !== 'string') return;
        const remote = value === null ? null : decodeConsent(value, model, ctx.now());
        const local = actions.readStored();
        actions.adopt(value === null || (local && local.decidedAt >= (remote?.decidedAt ?? 0)) ? local : remote);
      };
    }
    return channel;
  } catch (error) {
    ctx.events.fail('cross-tab', error);
    return null;
  }
}
