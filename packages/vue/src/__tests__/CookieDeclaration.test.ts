import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mount } from '@vue/test-utils';
import { screen, within } from '@testing-library/dom';
import { cookieDeclaration, en, nl, defineConsentConfig, memoryStorage } from '@introw/consent-core';
import { CookieDeclaration } from '../CookieDeclaration';
import { ConsentProvider } from '../ConsentProvider';
import { config, renderWithConsent } from './fixtures';

describe('CookieDeclaration', () => {
  it('R6: renders one row per declared cookie, with a caption and column headers', () => {
    renderWithConsent(() => h(CookieDeclaration));
    const table = screen.getByRole('table', { name: 'Services and cookies' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((c) => c.textContent)).toEqual(['Category', 'Service', 'Provider', 'Cookie', 'Duration', 'Purpose', 'Party']);
    expect(headers.every((c) => c.getAttribute('scope') === 'col')).toBe(true);
    const rows = within(table).getAllByRole('row').slice(1);
    const expected = cookieDeclaration(config, 'en');
    expect(rows).toHaveLength(expected.length);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual(
      expected.map((r) => [r.category, r.service, r.provider, r.cookie, r.duration, r.purpose, r.partyLabel]),
    );
    expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Strictly necessary', 'Cloudflare', 'Cloudflare, Inc.', '__cf_bm', '30 minutes', 'Bot protection', 'First party',
    ]);
  });

  it('R7: lists the consent cookie itself, first among the strictly necessary cookies', () => {
    renderWithConsent(() => h(CookieDeclaration));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Strictly necessary', 'Introw', 'Introw', 'introw_consent', '182 days', en.consentCookiePurpose, 'First party',
    ]);
    expect(rows[0]!.getAttribute('data-ic-category')).toBe('necessary');
  });

  it('takes a caption and is a keyboard-scrollable region named by it', () => {
    renderWithConsent(() => h(CookieDeclaration, { caption: 'Cookies we use' }));
    const region = screen.getByRole('region', { name: 'Cookies we use' });
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByRole('table', { name: 'Cookies we use' })).toBeTruthy();
  });

  it('takes the caption from a #caption slot too', () => {
    renderWithConsent(() => h(CookieDeclaration, null, { caption: () => [h('span', 'Cookies'), ' on this site'] }));
    expect(screen.getByRole('table', { name: 'Cookies on this site' })).toBeTruthy();
  });

  it('follows the manager language', () => {
    const translated = defineConsentConfig({ ...config, translations: { en, nl } });
    mount(ConsentProvider, {
      props: { config: translated, options: { storage: memoryStorage(), language: 'nl', crossTab: false } },
      slots: { default: () => h(CookieDeclaration) },
      attachTo: document.body,
    });
    const table = screen.getByRole('table', { name: nl.showServices });
    expect(table.closest('[lang]')!.getAttribute('lang')).toBe('nl');
    expect(within(table).getAllByRole('columnheader')[0]!.textContent).toBe(nl.tableCategory);
  });

  it('renders from a `config` prop without a provider (a statement page)', () => {
    mount(CookieDeclaration, { props: { config }, attachTo: document.body });
    expect(screen.getAllByRole('row')).toHaveLength(cookieDeclaration(config).length + 1);
  });
});
