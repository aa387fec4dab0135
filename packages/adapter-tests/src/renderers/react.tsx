import { Fragment, StrictMode, createElement, type ReactElement, type ReactNode } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { vi } from 'vitest';
import {
  ConsentBanner,
  ConsentGate,
  ConsentPreferences,
  ConsentProvider,
  ConsentSettingsButton,
  CookieDeclaration,
  GatedEmbed,
  useConsent,
  useConsentManager,
  useConsentState,
  useConsentUi,
  type ConsentGateProps,
  type ConsentProviderProps,
} from '../../../react/src/index';
import type { Capability, DialogCode, Mounted, Renderer, Source } from '../renderer';
import type { ConsentNode, ManagerProbeNode, StateNode, UiNode, UiStateNode } from '../ui';
import { track } from '../mounts';

/** The module React.lazy-style loading fetches on demand (`loadPreferencesDialog` imports it). */
const DIALOG_MODULE = '../../../react/src/internal/PreferencesDialog';

function ConsentProbe({ node }: { node: ConsentNode }): ReactElement {
  node.onRender?.();
  // biome-ignore lint/correctness/useHookAtTopLevel: one hook per id; a node's ids never change, so the hook order is stable
  const granted = node.ids.map((id) => useConsent(id as never));
  return <p>{node.text(granted)}</p>;
}

function StateProbe({ node }: { node: StateNode }): ReactElement {
  return <p>{node.text(useConsentState())}</p>;
}

function UiStateProbe({ node }: { node: UiStateNode }): null {
  const ui = useConsentUi();
  node.expose({
    read: () => ({ bannerVisible: ui.bannerVisible, preferencesOpen: ui.preferencesOpen }),
    openPreferences: ui.openPreferences,
    closePreferences: ui.closePreferences,
  });
  return null;
}

function ManagerProbe({ node }: { node: ManagerProbeNode }): ReactElement {
  node.onRender(useConsentManager());
  return <p>{node.text(useConsentState())}</p>;
}

/** The React elements for a UI description. */
function toReact(ui: UiNode | UiNode[]): ReactNode {
  // biome-ignore lint/suspicious/noArrayIndexKey: a test's UI description is fixed, never reordered
  if (Array.isArray(ui)) return ui.map((node, i) => <Fragment key={i}>{toReact(node)}</Fragment>);
  if (typeof ui === 'string') return ui;
  switch (ui.kind) {
    case 'element':
      // biome-ignore lint/suspicious/noArrayIndexKey: a test's UI description is fixed, never reordered
      return createElement(ui.tag, ui.attrs ?? null, ...(ui.children ?? []).map((child, i) => <Fragment key={i}>{toReact(child)}</Fragment>));
    case 'banner':
      return <ConsentBanner className={ui.className} />;
    case 'preferences':
      return <ConsentPreferences className={ui.className} />;
    case 'settingsButton': {
      const { onClick } = ui;
      return <ConsentSettingsButton {...ui.attrs} className={ui.className} onClick={onClick ? (event) => onClick(event) : undefined} />;
    }
    case 'gate': {
      const on = (ui.service ? { service: ui.service } : { category: ui.category }) as ConsentGateProps;
      return (
        <ConsentGate {...on} fallback={ui.fallback ? toReact(ui.fallback) : undefined}>
          {toReact(ui.children)}
        </ConsentGate>
      );
    }
    case 'embed': {
      const { kind: _, ...props } = ui;
      return <GatedEmbed {...props} />;
    }
    case 'declaration':
      return <CookieDeclaration caption={ui.caption === undefined || typeof ui.caption === 'string' ? ui.caption : toReact(ui.caption)} config={ui.config} />;
    case 'consent':
      return <ConsentProbe node={ui} />;
    case 'state':
      return <StateProbe node={ui} />;
    case 'uiState':
      return <UiStateProbe node={ui} />;
    case 'managerProbe':
      return <ManagerProbe node={ui} />;
  }
}

/** `children` under the provider that `source` asks for. */
function provide(source: Source, children: ReactNode): ReactNode {
  if (source === null) return children;
  return <ConsentProvider {...(source as ConsentProviderProps)}>{children}</ConsentProvider>;
}

const capabilities: ReadonlySet<Capability> = new Set<Capability>([
  'hooks',
  'gate',
  'configSource',
  'providerProps',
  'providerRequired',
  'standaloneDeclaration',
  'richCaption',
]);

/**
 * React 19 with @testing-library/react, every tree inside `<StrictMode>` when `strict` (so
 * components render twice and effects mount twice, as in development).
 */
export function reactRenderer({ strict }: { strict: boolean }): Renderer {
  const tree = (source: Source, ui: UiNode | UiNode[]): ReactElement => {
    const app = <>{provide(source, toReact(ui))}</>;
    return strict ? <StrictMode>{app}</StrictMode> : app;
  };
  /** Lets React run what is pending (effects, state updates from promises that already settled). */
  const settle = (): Promise<void> => act(async () => {});

  return {
    name: strict ? 'react-strict' : 'react',
    capabilities,
    doubleInvokes: strict,
    outsideProviderHint: 'Wrap your app in <ConsentProvider config={...}>',

    async mount(source, ui): Promise<Mounted> {
      // Testing Library's cleanup unmounts every tree it rendered, also one whose render threw.
      track(cleanup);
      let current = { source, ui };
      const result = render(tree(source, ui));
      await settle();
      return {
        container: result.container,
        async rerender(next = {}) {
          current = { ...current, ...next };
          result.rerender(tree(current.source, current.ui));
          await settle();
        },
        async unmount() {
          result.unmount();
          // The provider stops the browser side in a microtask (StrictMode's remount may still want it).
          await Promise.resolve();
        },
      };
    },

    async update(change) {
      await act(async () => {
        await change();
      });
    },

    async firstVisit(dialogCode: DialogCode): Promise<Renderer> {
      // Registered anew each time: a mocked module is cached until it is mocked again.
      vi.doMock(DIALOG_MODULE, (importOriginal) => dialogCode.load(() => importOriginal()));
      const fresh: typeof import('./react') = await import('./react');
      return fresh.reactRenderer({ strict });
    },
  };
}
