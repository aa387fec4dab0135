import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { screen } from '@testing-library/dom';
import { ConsentGate } from '../ConsentGate';
import { flush, makeManager, renderWithConsent, storageWith } from './fixtures';

describe('ConsentGate', () => {
  it('renders the fallback without consent and the children with it, and back on withdrawal (R13)', async () => {
    const { manager } = renderWithConsent(() =>
      h(ConsentGate, { category: 'advertising' }, { default: () => h('p', 'ads on'), fallback: () => h('p', 'ads off') }),
    );
    expect(screen.getByText('ads off')).toBeTruthy();
    expect(screen.queryByText('ads on')).toBeNull();
    manager.acceptAll();
    await flush();
    expect(screen.getByText('ads on')).toBeTruthy();
    expect(screen.queryByText('ads off')).toBeNull();
    manager.reset();
    await flush();
    expect(screen.queryByText('ads on')).toBeNull();
    expect(screen.getByText('ads off')).toBeTruthy();
  });

  it('renders nothing without consent when no fallback is given', () => {
    const { container } = renderWithConsent(() => h(ConsentGate, { category: 'analytics' }, { default: () => h('p', 'stats') }));
    expect(container.textContent).toBe('');
  });

  it('gates on a single service', async () => {
    const { manager } = renderWithConsent(() => h(ConsentGate, { service: 'hotjar' }, { default: () => 'hotjar', fallback: () => 'no hotjar' }));
    expect(screen.getByText('no hotjar')).toBeTruthy();
    manager.save({ services: { hotjar: true } });
    await flush();
    expect(screen.getByText('hotjar')).toBeTruthy();
    manager.save({ categories: ['analytics'], services: { hotjar: false } });
    await flush();
    expect(screen.getByText('no hotjar')).toBeTruthy();
  });

  it('renders children at once for a stored grant and always for a required category', () => {
    renderWithConsent(
      () => [
        h(ConsentGate, { category: 'functional' }, { default: () => h('p', 'functional') }),
        h(ConsentGate, { category: 'necessary' }, { default: () => h('p', 'necessary') }),
      ],
      { manager: makeManager({ storage: storageWith((m) => m.save({ categories: ['functional'] })) }) },
    );
    expect(screen.getByText('functional')).toBeTruthy();
    expect(screen.getByText('necessary')).toBeTruthy();
  });
});
