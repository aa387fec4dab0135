import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { en } from '@introw/consent-core';
// @ts-expect-error: a plain .mjs script without types
import { SCHEMA_FILE, schemaText } from '../../scripts/build-schema.mjs';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const introw = JSON.parse(readFileSync(new URL('../../../../examples/static/consent-config.json', import.meta.url), 'utf8'));
const errors = (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('consent-config.schema.json (editor completion for the JSON config)', () => {
  it('is what scripts/build-schema.mjs writes (run it after changing core texts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it('names every built-in text', () => {
    expect(Object.keys(schema.definitions.texts.properties)).toEqual(Object.keys(en));
  });

  it("accepts Introw's JSON config", () => {
    expect(errors(introw)).toEqual([]);
  });

  it('flags typos and wrong shapes as an editor would', () => {
    expect(errors({ ...introw, categores: {} })).toContain(' must NOT have additional properties');
    expect(errors({ ...introw, options: { layout: 'sidebar' } })).toContain('/options/layout must be equal to one of the allowed values');
    expect(errors({ ...introw, translations: { en: { acceptAl: 'OK' } } })).toContain('/translations/en must NOT have additional properties');
    expect(errors({ revision: 1, categories: { a: {} }, services: { s: { category: 'a', cookies: [{ name: 'x', pattern: '^x' }] } } }).length).toBeGreaterThan(
      0,
    );
    expect(errors({ revision: 1, categories: { a: { default: true } } })).toContain('/categories/a/default must be equal to constant');
  });
});
