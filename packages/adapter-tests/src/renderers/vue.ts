import { defineComponent, h, nextTick, ref, shallowRef, type PropType, type VNodeChild } from 'vue';
import { mount } from '@vue/test-utils';
import { vi } from 'vitest';
import {
  ConsentBanner,
  ConsentGate,
  ConsentPreferences,
  ConsentProvider,
  ConsentSettingsButton,
  CookieDeclaration,
  GatedEmbed,
  createConsent,
  useConsent,
  useConsentManager,
  useConsentState,
  useConsentUi,
} from '../../../vue/src/index';
import type { Capability, DialogCode, Mounted, Renderer, Source } from '../renderer';
import type { ConsentNode, ManagerProbeNode, StateNode, UiNode, UiStateNode } from '../ui';
import { track } from '../mounts';

/** The module the dialog's async component loads on demand (`loadPreferencesDialog` imports it). */
const DIALOG_MODULE = '../../../vue/src/internal/PreferencesDialog';

const ConsentProbe = defineComponent({
  name: 'ConsentProbe',
  props: { node: { type: Object as PropType<ConsentNode>, required: true } },
  setup(props) {
    const granted = props.node.ids.map((id) => useConsent(id as never));
    return () => {
      props.node.onRender?.();
      return h('p', props.node.text(granted.map((g) => g.value)));
    };
  },
});

const StateProbe = defineComponent({
  name: 'StateProbe',
  props: { node: { type: Object as PropType<StateNode>, required: true } },
  setup(props) {
    const state = useConsentState();
    return () => h('p', props.node.text(state.value));
  },
});

const UiStateProbe = defineComponent({
  name: 'UiStateProbe',
  props: { node: { type: Object as PropType<UiStateNode>, required: true } },
  setup(props) {
    const ui = useConsentUi();
    props.node.expose({
      read: () => ({ bannerVisible: ui.bannerVisible.value, preferencesOpen: ui.preferencesOpen.value }),
      openPreferences: ui.openPreferences,
      closePreferences: ui.closePreferences,
    });
    return () => null;
  },
});

const ManagerProbe = defineComponent({
  name: 'ManagerProbe',
  props: { node: { type: Object as PropType<ManagerProbeNode>, required: true } },
  setup(props) {
    props.node.onRender(useConsentManager());
    const state = useConsentState();
    return () => {
      props.node.onRender(useConsentManager());
      return h('p', props.node.text(state.value));
    };
  },
});

/**
 * Props for `h()` without the keys whose value is `undefined` (so that no prop or attribute is set
 * for them). Loosely typed: the UI description is checked by its own types.
 */
function defined(props: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}

/** The vnodes for a UI description; `className` becomes Vue's `class` attribute. */
function toVue(ui: UiNode | UiNode[]): VNodeChild {
  if (Array.isArray(ui)) return ui.map(toVue);
  if (typeof ui === 'string') return ui;
  switch (ui.kind) {
    case 'element':
      return h(ui.tag, ui.attrs ?? null, (ui.children ?? []).map(toVue));
    case 'banner':
      return h(ConsentBanner, defined({ class: ui.className }));
    case 'preferences':
      return h(ConsentPreferences, defined({ class: ui.className }));
    case 'settingsButton':
      return h(ConsentSettingsButton, defined({ ...ui.attrs, class: ui.className, onClick: ui.onClick }));
    case 'gate': {
      const { fallback } = ui;
      const on = ui.service !== undefined ? { service: ui.service } : { category: ui.category ?? '' };
      return h(ConsentGate, on, {
        default: () => toVue(ui.children),
        ...(fallback ? { fallback: () => toVue(fallback) } : {}),
      });
    }
    case 'embed': {
      const { kind: _, src, title, category, className, ...optional } = ui;
      return h(GatedEmbed, { src, title, category, ...defined({ ...optional, class: className }) });
    }
    case 'declaration': {
      const { caption } = ui;
      if (caption === undefined || typeof caption === 'string') return h(CookieDeclaration, defined({ caption, config: ui.config }));
      // Rich content goes in the #caption slot.
      return h(CookieDeclaration, defined({ config: ui.config }), { caption: () => toVue(caption) });
    }
    case 'consent':
      return h(ConsentProbe, { node: ui });
    case 'state':
      return h(StateProbe, { node: ui });
    case 'uiState':
      return h(UiStateProbe, { node: ui });
    case 'managerProbe':
      return h(ManagerProbe, { node: ui });
  }
}

/** `ui` under a `<ConsentProvider>` with the props `source` asks for. */
function underProvider(source: Source, ui: UiNode | UiNode[]): VNodeChild {
  if (source === null) return toVue(ui);
  return h(ConsentProvider, { ...source }, { default: () => toVue(ui) });
}

/** The plugin for `source` (none for `null`). */
function pluginFor(source: Source) {
  if (source === null) return null;
  const appearance = { layout: source.layout, theme: source.theme };
  if ('manager' in source) return createConsent(source.manager, appearance);
  if ('config' in source)
    return createConsent(source.config, { ...source.options, ...(source.initialState ? { initialState: source.initialState } : {}), ...appearance });
  throw new Error('the plugin needs a config or a manager (this renderer has no `providerProps`)');
}

const shared: Capability[] = ['hooks', 'gate', 'configSource', 'providerRequired', 'standaloneDeclaration', 'richCaption'];

/**
 * Vue 3 with @vue/test-utils. `via: 'provider'` puts the UI inside `<ConsentProvider>`;
 * `via: 'plugin'` installs `createConsent(...)` on the app instead.
 */
export function vueRenderer({ via }: { via: 'provider' | 'plugin' }): Renderer {
  return {
    name: via === 'provider' ? 'vue' : 'vue-plugin',
    capabilities: new Set<Capability>(via === 'provider' ? [...shared, 'providerProps'] : shared),
    doubleInvokes: false,
    outsideProviderHint:
      'Install the plugin, app.use(createConsent(config)) (from @introw/consent-vue), or wrap your app in <ConsentProvider :config="config">',

    async mount(source, ui): Promise<Mounted> {
      const current = shallowRef({ source, ui });
      // Bumped by rerender(), so that the root renders again even when nothing else changed.
      const renders = ref(0);
      const Root = defineComponent({
        name: 'TestRoot',
        setup: () => () => {
          void renders.value;
          const { source: s, ui: u } = current.value;
          return via === 'provider' ? underProvider(s, u) : toVue(u);
        },
      });
      const plugin = via === 'plugin' ? pluginFor(source) : null;
      const container = document.createElement('div');
      document.body.appendChild(container);
      const wrapper = mount(Root, { attachTo: container, global: plugin ? { plugins: [plugin] } : {} });
      let mounted = true;
      const unmount = (): void => {
        if (!mounted) return;
        mounted = false;
        wrapper.unmount();
      };
      track(unmount);
      await nextTick();
      return {
        container,
        async rerender(next = {}) {
          if (via === 'plugin' && next.source !== undefined && next.source !== source)
            throw new Error('the plugin is installed once: it cannot take another source');
          current.value = { ...current.value, ...next };
          renders.value++;
          await nextTick();
        },
        async unmount() {
          unmount();
        },
      };
    },

    async update(change) {
      await change();
      await nextTick();
    },

    async firstVisit(dialogCode: DialogCode): Promise<Renderer> {
      // Registered anew each time: a mocked module is cached until it is mocked again.
      vi.doMock(DIALOG_MODULE, (importOriginal) => dialogCode.load(() => importOriginal()));
      const fresh: typeof import('./vue') = await import('./vue');
      return fresh.vueRenderer({ via });
    },
  };
}
