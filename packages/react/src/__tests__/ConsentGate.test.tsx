import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { ConsentGate } from '../ConsentGate';
import { makeManager, renderWithConsent, storageWith } from './fixtures';

describe('ConsentGate', () => {
  it('renders the fallback without consent and the children with it, and back on withdrawal (R13)', () => {
    const { manager } = renderWithConsent(
      <ConsentGate category="advertising" fallback={<p>ads off</p>}>
        <p>ads on</p>
      </ConsentGate>,
    );
    expect(screen.getByText('ads off')).toBeTruthy();
    expect(screen.queryByText('ads on')).toBeNull();
    act(() => manager.acceptAll());
    expect(screen.getByText('ads on')).toBeTruthy();
    expect(screen.queryByText('ads off')).toBeNull();
    act(() => manager.reset());
    expect(screen.queryByText('ads on')).toBeNull();
    expect(screen.getByText('ads off')).toBeTruthy();
  });

  it('renders nothing without consent when no fallback is given', () => {
    const { container } = renderWithConsent(
      <ConsentGate category="analytics">
        <p>stats</p>
      </ConsentGate>,
    );
    expect(container.textContent).toBe('');
  });

  it('gates on a single service', () => {
    const { manager } = renderWithConsent(
      <ConsentGate service="hotjar" fallback="no hotjar">
        hotjar
      </ConsentGate>,
    );
    expect(screen.getByText('no hotjar')).toBeTruthy();
    act(() => manager.save({ services: { hotjar: true } }));
    expect(screen.getByText('hotjar')).toBeTruthy();
    act(() => manager.save({ categories: ['analytics'], services: { hotjar: false } }));
    expect(screen.getByText('no hotjar')).toBeTruthy();
  });

  it('renders children at once for a stored grant and always for a required category', () => {
    renderWithConsent(
      <>
        <ConsentGate category="functional">
          <p>functional</p>
        </ConsentGate>
        <ConsentGate category="necessary">
          <p>necessary</p>
        </ConsentGate>
      </>,
      { manager: makeManager({ storage: storageWith((m) => m.save({ categories: ['functional'] })) }) },
    );
    expect(screen.getByText('functional')).toBeTruthy();
    expect(screen.getByText('necessary')).toBeTruthy();
  });
});
