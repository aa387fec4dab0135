import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/dom';
import { cookieDeclaration, createConsentManager, defineConsentConfig, en, memoryStorage, nl } from '@introw/consent-core';
import { describeWith, renderer } from '../current';
import { config, makeManager } from '../fixtures';
import { declaration, el } from '../ui';

describe(`CookieDeclaration (${renderer.name})`, () => {
  it('R6: renders one row per declared cookie, with a caption and column headers', async () => {
    await renderer.mount({ manager: makeManager() }, declaration());
    const table = screen.getByRole('table', { name: 'Services and cookies' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Category', 'Service', 'Provider', 'Cookie', 'Duration', 'Purpose', 'Party']);
    expect(headers.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    const rows = within(table).getAllByRole('row').slice(1);
    const expected = cookieDeclaration(config, 'en');
    expect(rows).toHaveLength(expected.length);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual(expected.map((r) => [r.category, r.service, r.provider, r.note ? `${r.cookie} (${r.note})` : r.cookie, r.duration, r.purpose, r.partyLabel]));
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Strictly necessary', 'Cloudflare', 'Cloudflare, Inc.', '__cf_bm', '30 minutes', 'Bot protection', 'First party']);
  });

  it('R7: lists the consent cookie itself, first among the strictly necessary cookies', async () => {
    await renderer.mount({ manager: makeManager() }, declaration());
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Strictly necessary', 'Introw', 'Introw', 'introw_consent', '182 days', en.consentCookiePurpose, 'First party']);
    expect(rows[0]!.getAttribute('data-ic-category')).toBe('necessary');
  });

  it('takes a caption and is a keyboard-scrollable region named by it', async () => {
    await renderer.mount({ manager: makeManager() }, declaration({ caption: 'Cookies we use' }));
    const region = screen.getByRole('region', { name: 'Cookies we use' });
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByRole('table', { name: 'Cookies we use' })).toBeTruthy();
  });

  it('follows the manager language', async () => {
    const translated = defineConsentConfig({ ...config, translations: { en, nl } });
    await renderer.mount({ manager: createConsentManager(translated, { storage: memoryStorage(), language: 'nl', crossTab: false }) }, declaration());
    const table = screen.getByRole('table', { name: nl.showServices });
    expect(table.closest('[lang]')!.getAttribute('lang')).toBe('nl');
    expect(within(table).getAllByRole('columnheader')[0]!.textContent).toBe(nl.tableCategory);
  });
});

describeWith(['richCaption'], `CookieDeclaration: a caption with markup (${renderer.name})`, () => {
  it('takes the caption as rich content too (React: a node; Vue: the #caption slot)', async () => {
    await renderer.mount({ manager: makeManager() }, declaration({ caption: [el('span', 'Cookies'), ' on this site'] }));
    expect(screen.getByRole('table', { name: 'Cookies on this site' })).toBeTruthy();
  });
});

describeWith(['standaloneDeclaration'], `CookieDeclaration on a statement page (${renderer.name})`, () => {
  it('renders from a `config` prop without a provider (a statement page)', async () => {
    await renderer.mount(null, declaration({ config }));
    expect(screen.getAllByRole('row')).toHaveLength(cookieDeclaration(config).length + 1);
  });
});
