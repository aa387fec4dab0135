#!/usr/bin/env node
// Writes consent-config.schema.json: the JSON Schema of the script-tag config, for editor
// completion ("$schema" in a JSON file) and for tests. The text keys come from core's `en` table,
// so a new text shows up here when this runs. src/__tests__/schema.test.ts fails when the committed
// file differs from what this writes.
//
//   node packages/dom/scripts/build-schema.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { en } from '@introw/consent-core';

const localized = { $ref: '#/definitions/localizedText' };
const textKeys = Object.fromEntries(Object.keys(en).map((k) => [k, { type: 'string', description: `Built-in (en): ${en[k]}` }]));
/** The schema, as an object. */
export const configSchema = () => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://cdn.jsdelivr.net/npm/@introw/consent-dom/consent-config.schema.json',
  title: '@introw/consent-dom script-tag config',
  description:
    'The JSON in <script type="application/json" id="introw-consent-config">, or the object given to IntrowConsent.init(config, options): a @introw/consent-core config (defineConsentConfig) in JSON form, plus "options". The script validates it at run time with the same rules (and reports every problem in the console).',
  type: 'object',
  required: ['revision', 'categories'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'This schema, for editor completion.' },
    revision: { type: 'integer', minimum: 0, description: 'Policy revision: bump it when the cookie statement changes; every visitor is asked again (R11).' },
    expiresAfterDays: {
      type: 'integer',
      minimum: 1,
      maximum: 400,
      default: 182,
      description: 'How long a decision counts, in days (R11; browsers cap cookies at 400 days).',
    },
    siteName: { type: 'string', description: 'The site name, for {site} in the banner text.' },
    controller: {
      type: 'string',
      description: 'Legal name of the organisation responsible for the site; its own services are not listed as third parties in the banner.',
    },
    privacyContact: { type: 'string', description: 'Where privacy questions go (an e-mail address or a URL), shown in the preferences.' },
    privacyPolicyUrl: { type: 'string', description: 'The privacy statement (an http(s) URL or a site path), linked in the banner and the preferences.' },
    cookieStatementUrl: {
      type: 'string',
      description: 'The cookie statement (an http(s) URL or a site path such as /cookies), linked in the banner and the preferences (R6).',
    },
    defaultLanguage: { type: 'string', default: 'en', description: "The language used when none of the visitor's matches." },
    categories: {
      type: 'object',
      minProperties: 1,
      description: 'Category id -> category. Required categories are strictly necessary: always granted, never asked (R7).',
      additionalProperties: { $ref: '#/definitions/category' },
    },
    services: { type: 'object', description: 'Service id -> service (a vendor inside a category).', additionalProperties: { $ref: '#/definitions/service' } },
    cookie: {
      type: 'object',
      additionalProperties: false,
      description: 'The consent cookie itself.',
      properties: {
        name: { type: 'string', default: 'cookie_consent' },
        domain: {
          description: "Domain attribute, or candidates in order (the first that is the page's host or a parent of it); default host-only.",
          oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
        },
        path: { type: 'string', pattern: '^/', default: '/' },
        sameSite: { enum: ['Lax', 'Strict', 'None'], default: 'Lax' },
        secure: { type: 'boolean' },
      },
    },
    translations: {
      type: 'object',
      minProperties: 1,
      description:
        'The languages the site ships, each with the texts that differ from the built-in table ({} for none). Built in: en, nl, fr, de; another language needs every text, or "en" as its fallback. Default { "en": {} }.',
      additionalProperties: { $ref: '#/definitions/texts' },
    },
    googleConsentMode: {
      type: 'object',
      additionalProperties: false,
      description: 'Google Consent Mode v2 (R16-R20): present means on.',
      properties: {
        mapping: {
          type: 'object',
          description: 'Category or service id -> the consent types it grants.',
          additionalProperties: {
            type: 'array',
            items: {
              enum: [
                'ad_storage',
                'ad_user_data',
                'ad_personalization',
                'analytics_storage',
                'functionality_storage',
                'personalization_storage',
                'security_storage',
              ],
            },
          },
        },
        waitForUpdate: { type: 'number', minimum: 0, description: 'wait_for_update, in ms.' },
        regions: {
          type: 'array',
          minItems: 1,
          items: { type: 'string', pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$' },
          description: 'ISO 3166-2 regions the default applies to.',
        },
        adsDataRedaction: { type: 'boolean' },
        urlPassthrough: { type: 'boolean' },
        advanced: { type: 'boolean', description: 'Advanced mode: Google tags load before consent (default false: basic mode).' },
      },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      description: "How the script-tag build runs (IntrowConsent.init's second argument wins over these).",
      properties: {
        layout: { enum: ['bar', 'corner', 'center'], default: 'bar', description: 'Where the banner sits (data-ic-layout).' },
        theme: { enum: ['light', 'dark', 'auto'], default: 'light', description: "Colour scheme (data-ic-theme); auto follows the visitor's system." },
        records: {
          type: 'string',
          description: "The records service's endpoint, e.g. /consent/records (@introw/consent-server). Default: no records are sent.",
        },
        language: { type: 'string', description: "The UI language, instead of <html lang> and the browser's languages." },
      },
    },
  },
  definitions: {
    localizedText: {
      description: 'One text, or one per language tag: { "en": "...", "nl": "..." }.',
      oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' } }],
    },
    category: {
      type: 'object',
      additionalProperties: false,
      properties: {
        required: { type: 'boolean', description: 'Strictly necessary: always granted, cannot be switched off, no consent asked (R7).' },
        default: { const: false, description: 'Only false: there are no pre-ticked boxes (R4).' },
        gpcOptOut: { type: 'boolean', description: 'Sale, sharing or targeted advertising: Global Privacy Control opts it out (R22).' },
        title: localized,
        description: localized,
        purpose: {
          ...localized,
          description:
            'What consent is for, as the banner names it after "for" (e.g. "measuring how the site is used"); default: the built-in text of a well-known id, else the title (R6).',
        },
      },
    },
    service: {
      type: 'object',
      required: ['category'],
      additionalProperties: false,
      properties: {
        category: { type: 'string', description: 'The id of the category the service belongs to.' },
        name: localized,
        provider: { type: 'string', description: 'Who runs it, e.g. Google Ireland Ltd.' },
        description: localized,
        privacyPolicyUrl: { type: 'string', pattern: '^https?://', description: "The provider's privacy policy (http or https)." },
        cookies: { type: 'array', items: { $ref: '#/definitions/cookie' } },
        storageKeys: {
          type: 'array',
          description: 'localStorage / sessionStorage keys deleted on withdrawal (R13): a name, or { "pattern": "<regular expression>" }.',
          items: {
            oneOf: [{ type: 'string' }, { type: 'object', required: ['pattern'], additionalProperties: false, properties: { pattern: { type: 'string' } } }],
          },
        },
        default: { type: 'boolean', description: 'Only true inside a required category (R4).' },
        gpcOptOut: { type: 'boolean' },
      },
    },
    cookie: {
      type: 'object',
      additionalProperties: false,
      description: 'A cookie by its exact name, or a family by a pattern (a regular expression source, e.g. "^_ga_").',
      oneOf: [
        { required: ['name'], not: { required: ['pattern'] } },
        { required: ['pattern'], not: { required: ['name'] } },
      ],
      properties: {
        name: { type: 'string', minLength: 1 },
        pattern: { type: 'string', minLength: 1 },
        label: { type: 'string', description: 'Shown instead of the name or pattern, e.g. _ga_<container-id>.' },
        duration: {
          description: '"session", or a span of time.',
          oneOf: [
            { const: 'session' },
            {
              type: 'object',
              additionalProperties: false,
              minProperties: 1,
              properties: Object.fromEntries(['seconds', 'minutes', 'hours', 'days', 'months', 'years'].map((u) => [u, { type: 'number', minimum: 0 }])),
            },
          ],
        },
        purpose: localized,
        thirdParty: { type: 'boolean', description: 'Set by a third-party host: listed, never swept (R27, R32).' },
        domain: { type: 'string' },
        paths: { type: 'array', items: { type: 'string' } },
        httpOnly: { type: 'boolean', description: 'Set as HttpOnly by a server: listed, never swept (R27).' },
      },
    },
    texts: { type: 'object', additionalProperties: false, properties: textKeys },
  },
});

/** The file's text. */
export const schemaText = () => `${JSON.stringify(configSchema(), null, 2)}\n`;

export const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '../consent-config.schema.json');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) writeFileSync(SCHEMA_FILE, schemaText());
