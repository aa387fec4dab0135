import { vi } from 'vitest';
import type { ConsentManager } from '@introw/consent-core';
import type { ConsentAppearance } from '@introw/consent-core/ui';
import { mountConsentUi, type MountConsentUiOptions } from '../../../dom/src/index';
import { declarationModule, embedsModule } from '../../../dom/src/lazy';
import type { Capability, DialogCode, Mounted, Renderer, Source } from '../renderer';
import type { UiNode } from '../ui';
import { track } from '../mounts';

/** The module the dialog's code loads from on demand (`dialog/load.ts` imports it). */
const DIALOG_MODULE = '../../../dom/src/dialog/PreferencesDialog';

/**
 * The page a UI description stands for, in the markup a plain site writes: plain elements as
 * they are, the settings control as `<button data-ic-open-preferences>`, a gated embed as
 * `<iframe data-src data-category>`, a cookie table as `<div data-ic-declaration>`. The banner and
 * the preferences are not markup: they turn on `mountConsentUi`'s `banner` and `preferences`.
 */
function toDom(ui: UiNode | UiNode[], options: MountConsentUiOptions & { banner: boolean; preferences: boolean }): Node[] {
  if (Array.isArray(ui)) return ui.flatMap((node) => toDom(node, options));
  if (typeof ui === 'string') return [document.createTextNode(ui)];
  const el = (tag: string, attrs: Record<string, string | number | undefined>, children: Node[] = []): HTMLElement => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(name, String(value));
    element.append(...children);
    return element;
  };
  switch (ui.kind) {
    case 'element':
      return [el(ui.tag, ui.attrs ?? {}, toDom(ui.children ?? [], options))];
    case 'banner':
      options.banner = true;
      options.bannerClass = ui.className;
      return [];
    case 'preferences':
      options.preferences = true;
      options.dialogClass = ui.className;
      return [];
    case 'settingsButton': {
      const button = el('button', { ...ui.attrs, class: ui.className, 'data-ic-open-preferences': '' });
      const { onClick } = ui;
      if (onClick) button.addEventListener('click', (event) => onClick(event));
      return [button];
    }
    case 'embed': {
      const { src, title, category, service, className, width, height, allow } = ui;
      return [el('iframe', { 'data-src': src, title, 'data-category': category, 'data-service': service, class: className, width, height, allow })];
    }
    case 'declaration':
      if (ui.config || (ui.caption !== undefined && typeof ui.caption !== 'string'))
        throw new Error('the DOM renderer has no standalone declaration nor a rich caption');
      return [el('div', { 'data-ic-declaration': '', 'data-ic-caption': ui.caption })];
    default:
      throw new Error(`the DOM renderer has no "${ui.kind}" (hooks and gates are a framework's)`);
  }
}

/** Lets what the renderer scheduled (microtasks) and settled promises run. */
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** `@introw/consent-dom`: the page's markup written into a container, then `mountConsentUi(manager, options)`. */
export function domRenderer(): Renderer {
  const start = async (source: Source, ui: UiNode | UiNode[], container: HTMLElement): Promise<() => void> => {
    if (!source || !('manager' in source)) throw new Error('the DOM renderer takes a manager (it has no provider)');
    const { manager, layout, theme } = source as { manager: ConsentManager } & ConsentAppearance;
    const options = { root: container, banner: false, preferences: false, layout, theme };
    container.replaceChildren(...toDom(ui, options));
    const stop = mountConsentUi(manager, options);
    // Embeds and the cookie table render once their code (on demand) has arrived: wait for it.
    if (container.querySelector('iframe[data-src]')) await embedsModule.get();
    if (container.querySelector('[data-ic-declaration]')) await declarationModule.get();
    await flush();
    return stop;
  };

  return {
    name: 'dom',
    capabilities: new Set<Capability>(),
    doubleInvokes: false,
    outsideProviderHint: 'Pass the manager: mountConsentUi(manager)',

    async mount(source, ui): Promise<Mounted> {
      const container = document.createElement('div');
      document.body.appendChild(container);
      let current = { source, ui };
      let stop = await start(source, ui, container);
      const untrack = track(() => stop());
      return {
        container,
        async rerender(next = {}) {
          stop();
          current = { ...current, ...next };
          stop = await start(current.source, current.ui, container);
        },
        async unmount() {
          untrack();
          stop();
          await flush();
        },
      };
    },

    async update(change) {
      await change();
      await flush();
    },

    async firstVisit(dialogCode: DialogCode): Promise<Renderer> {
      // Registered anew each time: a mocked module is cached until it is mocked again.
      vi.doMock(DIALOG_MODULE, (importOriginal) => dialogCode.load(() => importOriginal()));
      const fresh: typeof import('./dom') = await import('./dom');
      return fresh.domRenderer();
    },
  };
}
