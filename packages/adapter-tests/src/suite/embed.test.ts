import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { renderer } from '../current';
import { localizedManager, makeManager, storageWith } from '../fixtures';
import { embed } from '../ui';

const SRC = 'https://www.youtube-nocookie.com/embed/abc';
const tour = { src: SRC, title: 'Product tour', category: 'advertising', service: 'youtube' };

describe(`GatedEmbed (${renderer.name})`, () => {
  it('R1: without consent renders no iframe, but a placeholder naming the service and category', async () => {
    const { container } = await renderer.mount({ manager: makeManager() }, embed(tour));
    expect(container.querySelector('iframe')).toBeNull();
    const placeholder = container.querySelector('.ic-embed-placeholder')!;
    expect(placeholder.textContent).toContain('This content is provided by YouTube, which may set cookies (Advertising).');
    expect(placeholder.getAttribute('lang')).toBe('en');
    const button = screen.getByRole('button', { name: 'Allow and show' });
    expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toContain('YouTube');
  });

  it('R9: names the service in the manager language when its name is given per language', async () => {
    const { container } = await renderer.mount({ manager: localizedManager() }, embed(tour));
    const placeholder = container.querySelector('.ic-embed-placeholder')!;
    expect(placeholder.textContent).toContain('YouTube (video)');
    expect(placeholder.getAttribute('lang')).toBe('nl');
  });

  it('"Allow and show" grants just that service, keeps the other choices, and shows the iframe without reload', async () => {
    const user = userEvent.setup();
    const manager = makeManager({ storage: storageWith((m) => m.save({ categories: ['analytics'] })) });
    const { container } = await renderer.mount({ manager }, embed({ ...tour, width: 560, height: 315, allow: 'fullscreen', className: 'video' }));
    await user.click(screen.getByRole('button', { name: 'Allow and show' }));
    const iframe = container.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(SRC);
    expect(iframe.getAttribute('title')).toBe('Product tour');
    expect(iframe.getAttribute('width')).toBe('560');
    expect(iframe.getAttribute('allow')).toBe('fullscreen');
    expect(iframe.className).toBe('ic-embed-frame video');
    expect(iframe.hasAttribute('style')).toBe(false);
    expect(manager.hasConsent('youtube')).toBe(true);
    expect(manager.hasConsent('advertising')).toBe(false);
    expect(manager.hasConsent('analytics')).toBe(true);
    expect(manager.hasConsent('googleAnalytics')).toBe(true);
    expect(manager.hasConsent('functional')).toBe(false);
  });

  it('without a service, names the host and grants the category (its services follow it)', async () => {
    const user = userEvent.setup();
    const manager = makeManager({ storage: storageWith((m) => m.save({ categories: ['functional'], services: { hotjar: true } })) });
    const { container } = await renderer.mount({ manager }, embed({ src: SRC, title: 'Product tour', category: 'advertising' }));
    expect(container.textContent).toContain('provided by www.youtube-nocookie.com');
    await user.click(screen.getByRole('button', { name: 'Allow and show' }));
    expect(container.querySelector('iframe')).not.toBeNull();
    expect(manager.hasConsent('advertising')).toBe(true);
    expect(manager.hasConsent('youtube')).toBe(true);
    expect(manager.hasConsent('functional')).toBe(true);
    expect(manager.hasConsent('hotjar')).toBe(true);
    expect(manager.hasConsent('analytics')).toBe(false);
  });

  it('renders the iframe directly when consent exists, and removes it when consent is withdrawn (R13)', async () => {
    const manager = makeManager({ storage: storageWith((m) => m.acceptAll()) });
    const { container } = await renderer.mount({ manager }, embed(tour));
    expect(container.querySelector('iframe')!.getAttribute('src')).toBe(SRC);
    await renderer.update(() => manager.save({ categories: ['analytics'] }));
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByRole('button', { name: 'Allow and show' })).toBeTruthy();
    await renderer.update(() => manager.acceptAll());
    expect(container.querySelector('iframe')).not.toBeNull();
    await renderer.update(() => manager.reset());
    expect(container.querySelector('iframe')).toBeNull();
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)'])('never loads a non-http(s) src: %s', async (src) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const manager = makeManager({ storage: storageWith((m) => m.acceptAll()) });
      const { container } = await renderer.mount({ manager }, embed({ src, title: 'x', category: 'advertising' }));
      expect(container.querySelector('iframe')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Allow and show' })).toBeNull();
    } finally {
      warn.mockRestore();
    }
  });
});
