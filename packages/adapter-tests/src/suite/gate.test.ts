import { expect, it } from 'vitest';
import { screen } from '@testing-library/dom';
import { describeWith, renderer } from '../current';
import { makeManager, storageWith } from '../fixtures';
import { el, gate } from '../ui';

describeWith(['gate'], `ConsentGate (${renderer.name})`, () => {
  it('renders the fallback without consent and the children with it, and back on withdrawal (R13)', async () => {
    const manager = makeManager();
    await renderer.mount({ manager }, gate({ category: 'advertising' }, [el('p', 'ads on')], [el('p', 'ads off')]));
    expect(screen.getByText('ads off')).toBeTruthy();
    expect(screen.queryByText('ads on')).toBeNull();
    await renderer.update(() => manager.acceptAll());
    expect(screen.getByText('ads on')).toBeTruthy();
    expect(screen.queryByText('ads off')).toBeNull();
    await renderer.update(() => manager.reset());
    expect(screen.queryByText('ads on')).toBeNull();
    expect(screen.getByText('ads off')).toBeTruthy();
  });

  it('renders nothing without consent when no fallback is given', async () => {
    const { container } = await renderer.mount({ manager: makeManager() }, gate({ category: 'analytics' }, [el('p', 'stats')]));
    expect(container.textContent).toBe('');
  });

  it('gates on a single service', async () => {
    const manager = makeManager();
    await renderer.mount({ manager }, gate({ service: 'hotjar' }, ['hotjar'], ['no hotjar']));
    expect(screen.getByText('no hotjar')).toBeTruthy();
    await renderer.update(() => manager.save({ services: { hotjar: true } }));
    expect(screen.getByText('hotjar')).toBeTruthy();
    await renderer.update(() => manager.save({ categories: ['analytics'], services: { hotjar: false } }));
    expect(screen.getByText('no hotjar')).toBeTruthy();
  });

  it('renders children at once for a stored grant and always for a required category', async () => {
    await renderer.mount({ manager: makeManager({ storage: storageWith((m) => m.save({ categories: ['functional'] })) }) }, [
      gate({ category: 'functional' }, [el('p', 'functional')]),
      gate({ category: 'necessary' }, [el('p', 'necessary')]),
    ]);
    expect(screen.getByText('functional')).toBeTruthy();
    expect(screen.getByText('necessary')).toBeTruthy();
  });
});
