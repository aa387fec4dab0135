import type { ConsentConfig, GoogleConsentModeConfig } from '../config/types';
import { consentModeDefaults } from './mapping';

/** Returns its own `arguments` object: the exact shape `gtag()` pushes. */
function gtagArguments(..._args: unknown[]): IArguments {
  // biome-ignore lint/complexity/noArguments: gtag.js reads an Arguments object from dataLayer, not an array
  return arguments;
}

/**
 * The commands that must open `dataLayer` for a config, as `[command, ...params]` arrays:
 * `['consent', 'default', {...}]`, then `['set', 'ads_data_redaction', boolean]` and
 * `['set', 'url_passthrough', boolean]` only when those options are set (R19).
 *
 * @param options - `config.googleConsentMode`.
 * @returns New arrays; push each as `gtag(...command)`. Never throws.
 * @example
 * ```ts
 * for (const c of consentModeInitialCommands({ urlPassthrough: true })) gtag(...c);
 * ```
 * @remarks R16, R19: docs/rules.md.
 */
export function consentModeInitialCommands(options: GoogleConsentModeConfig = {}): unknown[][] {
  const commands: unknown[][] = [['consent', 'default', consentModeDefaults(options)]];
  if (typeof options.adsDataRedaction === 'boolean') commands.push(['set', 'ads_data_redaction', options.adsDataRedaction]);
  if (typeof options.urlPassthrough === 'boolean') commands.push(['set', 'url_passthrough', options.urlPassthrough]);
  return commands;
}

/** A gtag command as `dataLayer` holds it (an `arguments` object or an array). */
export type ArrayLike = { readonly length: number; readonly [index: number]: unknown };
/** True for a `dataLayer` entry that is a gtag command. */
export const isCommand = (entry: unknown): entry is ArrayLike =>
  typeof entry === 'object' && entry !== null && typeof (entry as { length?: unknown }).length === 'number';

/**
 * Pushes one command to `win.dataLayer` as `gtag()` would (an `arguments` object), creating
 * `dataLayer` when missing.
 *
 * @param win - The page's window.
 * @param command - `['consent', 'update', {...}]` and the like.
 * @example
 * ```ts
 * pushGtag(window, ['consent', 'update', { analytics_storage: 'granted' }]);
 * ```
 * @remarks Shape: `window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)}` (docs/rules.md).
 */
export function pushGtag(win: Window, command: readonly unknown[]): void {
  const holder = win as unknown as { dataLayer?: unknown[] };
  holder.dataLayer ??= [];
  holder.dataLayer.push(gtagArguments(...command));
}

/**
 * The inline JavaScript a site puts first in `<head>` when it loads the consent bundle
 * deferred (or late): it opens `dataLayer` with the `default` command (and the configured
 * `set` commands) before any of the page's own gtag calls. The manager then sees the default
 * and does not push a second one; it still pushes the `update` for a stored choice.
 * No `<script>` tags: wrap it yourself, with your CSP nonce. `<` is escaped, so the text is
 * safe inside a `<script>` element.
 *
 * @param config - The consent config; `googleConsentMode` must be set.
 * @returns JavaScript source, about 350 bytes.
 * @throws {Error} When `config.googleConsentMode` is not set (there would be nothing to push).
 * @example
 * ```ts
 * const head = `<script nonce="${nonce}">${consentModeHeadSnippet(config)}</script>`;
 * ```
 * @remarks R16, R19: docs/rules.md; Google "Set up consent mode on websites" (default before tags).
 */
export function consentModeHeadSnippet(config: ConsentConfig): string {
  const options = config?.googleConsentMode;
  if (!options) {
    throw new Error('[@introw/consent] consentModeHeadSnippet(config): config.googleConsentMode is not set; add googleConsentMode: {} to the config.');
  }
  const calls = consentModeInitialCommands(options)
    .map((command) => `gtag(${command.map((part) => JSON.stringify(part)).join(',')});`)
    .join('');
  const js = `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}${calls}`;
  return js.replace(/</g, '\\u003c');
}
