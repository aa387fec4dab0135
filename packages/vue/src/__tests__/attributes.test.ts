/**
 * Vue's attribute fall-through: attributes a site puts on a component land on its root element.
 * React's components take named props instead, so this is not part of the shared adapter suite
 * (packages/adapter-tests), which checks the site's extra class on every renderer.
 */
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { screen } from '@testing-library/dom';
import { makeManager } from '@introw/adapter-tests/fixtures';
import { ConsentProvider } from '../ConsentProvider';
import { ConsentBanner } from '../ConsentBanner';

describe('attribute fall-through (Vue only)', () => {
  it('adds a `class` attribute to the root, after ic-banner', () => {
    const manager = makeManager();
    const child = () => h(ConsentBanner, { class: 'site-banner', 'data-testid': 'banner' });
    mount(defineComponent({ setup: () => () => h(ConsentProvider, { manager }, { default: child }) }), { attachTo: document.body });
    const banner = screen.getByRole('region', { name: 'We use cookies' });
    expect(banner.className).toBe('ic-banner site-banner');
    expect(banner.getAttribute('data-testid')).toBe('banner');
  });
});
