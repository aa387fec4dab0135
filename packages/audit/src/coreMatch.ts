/**
 * Core's own cookie and storage-key matchers, so that the audit decides "declared" exactly as core
 * decides what to sweep on a withdrawal (a `name` compared literally, a `pattern` as a RegExp or
 * its source string, `lastIndex` reset; a storage key also as `{ pattern }`, the JSON form).
 *
 * `@introw/consent-core` does not export `cookieTest` from a public entry point; rather than
 * write a second matcher, this module takes core's source function and tsup bundles it into the
 * audit's build. When core exports it, this file becomes
 * `export { cookieTest, storageKeyTest } from '@introw/consent-core';`.
 */
export { cookieTest, storageKeyTest } from '../../core/src/config/model';
