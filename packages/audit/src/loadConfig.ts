import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';
import type { ConsentConfig } from '@introw/consent-core';
import { AuditError } from './errors';

/** Does a value look like a consent config (what `defineConsentConfig` returns)? */
const looksLikeConfig = (v: unknown): v is ConsentConfig =>
  typeof v === 'object' && v !== null && typeof (v as { categories?: unknown }).categories === 'object' && 'revision' in v;

/**
 * Picks the config out of a module's exports: the export named `exportName` when given, else
 * `config`, else `default`, else the only export that looks like a config.
 *
 * @throws {AuditError} `usage` when none, or more than one, fits.
 */
export function pickConfigExport(mod: Record<string, unknown>, file: string, exportName?: string): ConsentConfig {
  const names = Object.keys(mod);
  if (exportName !== undefined) {
    if (!(exportName in mod)) throw new AuditError('usage', `${file} has no export named "${exportName}"; its exports: ${names.join(', ') || '(none)'}.`);
    const value = mod[exportName];
    if (!looksLikeConfig(value)) throw new AuditError('usage', `The export "${exportName}" of ${file} is not a consent config (no categories / revision).`);
    return value;
  }
  for (const name of ['config', 'default']) if (looksLikeConfig(mod[name])) return mod[name];
  const candidates = names.filter((n) => looksLikeConfig(mod[n]));
  if (candidates.length === 1) return mod[candidates[0]!] as ConsentConfig;
  if (candidates.length === 0) {
    throw new AuditError(
      'usage',
      `${file} exports no consent config. Export it as \`config\` or as the default export, or name the export with --export <name> (exports found: ${names.join(', ') || 'none'}).`,
    );
  }
  throw new AuditError('usage', `${file} exports several consent configs (${candidates.join(', ')}): choose one with --export <name>.`);
}

/**
 * Loads the consent config a site uses, from:
 * - a TypeScript or JavaScript module (`.ts`, `.mts`, `.cts`, `.js`, `.mjs`, `.cjs`), loaded
 *   in-process with jiti (a TypeScript and ESM loader without native binaries; the module may
 *   import `@introw/consent-core` and anything else it resolves from its own folder). The config
 *   is its `config`, `default` or only config export, or the one named by `exportName`;
 * - a JSON file holding the config object (patterns as RegExp source strings, e.g. `"^_ga_"`).
 * The config is not validated here; {@link runAudit} validates it with core's own validator.
 *
 * @param file - Path, relative to the working directory or absolute.
 * @param exportName - The export to take from a module.
 * @throws {AuditError} `usage` when the file is missing, does not load or holds no config.
 * @example
 * ```ts
 * const config = await loadConfig('examples/introw-config/src/index.ts', 'introwConfig');
 * ```
 */
export async function loadConfig(file: string, exportName?: string): Promise<ConsentConfig> {
  const path = resolve(file);
  if (!existsSync(path)) throw new AuditError('usage', `Config file not found: ${path}. Pass --config <file> with a .ts, .js or .json config.`);
  if (extname(path).toLowerCase() === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new AuditError('usage', `${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
    const value = exportName !== undefined && typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[exportName] : data;
    if (!looksLikeConfig(value)) throw new AuditError('usage', `${file} holds no consent config (an object with "revision" and "categories").`);
    return value;
  }
  return pickConfigExport(await importModule(file), file, exportName);
}

/**
 * Imports a TypeScript or JavaScript module with jiti, resolving its imports from its own folder.
 *
 * @throws {AuditError} `usage` when it is missing or does not load.
 */
export async function importModule(file: string): Promise<Record<string, unknown>> {
  const path = resolve(file);
  if (!existsSync(path)) throw new AuditError('usage', `File not found: ${path}.`);
  const jiti = createJiti(pathToFileURL(path).href, { moduleCache: false, fsCache: false, interopDefault: false });
  try {
    return ((await jiti.import(path)) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new AuditError(
      'usage',
      `Could not load ${file}: ${(error as Error).message.split('\n')[0]}. Run the audit where the module's imports resolve (its package installed and built).`,
      { cause: error },
    );
  }
}
