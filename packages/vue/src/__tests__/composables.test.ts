/**
 * Vue-only behaviour of the composables, which the shared adapter suite (packages/adapter-tests,
 * run against every renderer) cannot express because React has no such thing: an id given as a
 * ref, the read-only ref returned, a composable in a bare effect scope, and the error for a
 * composable called outside setup(). What the composables share with React's hooks (grants,
 * re-renders, state, UI state, the manager, the error outside a provider) is tested there.
 */
import { describe, expect, it } from 'vitest';
import { createApp, defineComponent, effectScope, h, isReadonly, isRef, nextTick, ref } from 'vue';
import { mount } from '@vue/test-utils';
import { screen } from '@testing-library/dom';
import { makeManager } from '@introw/adapter-tests/fixtures';
import { ConsentProvider } from '../ConsentProvider';
import { createConsent } from '../createConsent';
import { useConsent } from '../useConsent';

describe('useConsent (Vue only)', () => {
  it('follows a ref or getter id, and returns a read-only ref', async () => {
    const id = ref<'analytics' | 'functional'>('analytics');
    let granted: ReturnType<typeof useConsent> | undefined;
    const Probe = defineComponent({
      setup() {
        granted = useConsent(id);
        return () => h('p', `granted ${granted!.value}`);
      },
    });
    const manager = makeManager();
    mount(defineComponent({ setup: () => () => h(ConsentProvider, { manager }, { default: () => h(Probe) }) }), { attachTo: document.body });
    manager.save({ categories: ['functional'] });
    await nextTick();
    expect(screen.getByText('granted false')).toBeTruthy();
    id.value = 'functional';
    await nextTick();
    expect(screen.getByText('granted true')).toBeTruthy();
    expect(isRef(granted)).toBe(true);
    expect(isReadonly(granted)).toBe(true);
  });

  it('a composable outside a component follows the manager until its effect scope stops', () => {
    const manager = makeManager();
    const app = createApp({ render: () => null }).use(createConsent(manager));
    const scope = effectScope();
    const analytics = app.runWithContext(() => scope.run(() => useConsent('analytics'))!);
    expect(analytics.value).toBe(false);
    manager.acceptAll();
    expect(analytics.value).toBe(true);
    scope.stop();
    manager.rejectAll();
    expect(analytics.value).toBe(true);
  });

  it('useConsent() outside setup() says composables need setup()', () => {
    expect(() => useConsent('analytics')).toThrow('Composables must be called inside setup()');
  });
});
