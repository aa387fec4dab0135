import { computed, defineComponent, type SlotsType, type VNode } from 'vue';
import { isGranted } from '@introw/consent-core';
import type { RegisteredCategoryId, RegisteredServiceId } from './Register';
import { useManager } from './internal/context';
import { useSnapshot } from './internal/useManagerValue';

/** Props of {@link ConsentGate}: exactly one of `category` or `service`. */
export type ConsentGateProps =
  | { /** A category id, e.g. `analytics`. */ category: RegisteredCategoryId; service?: undefined }
  | { /** A service id, e.g. `hotjar`. */ service: RegisteredServiceId; category?: undefined };

/** Slots of {@link ConsentGate}. */
export interface ConsentGateSlots {
  /** Rendered only while consent exists. */
  default?: () => VNode[];
  /** Rendered instead while it does not (default: nothing). React's `fallback` prop. */
  fallback?: () => VNode[];
}

/**
 * Renders its default slot only while the visitor consents to the category or service, else
 * the `#fallback` slot. It follows consent as it is given or withdrawn, so withdrawn content
 * unmounts at once; while the server renders and the client hydrates it follows the server
 * snapshot. Renders no element of its own.
 *
 * @throws {Error} Outside the plugin / provider.
 * @example
 * ```vue
 * <ConsentGate category="advertising">
 *   <AdSlot />
 *   <template #fallback><p>Ads are off.</p></template>
 * </ConsentGate>
 * ```
 * @remarks R1, R5, R13: docs/rules.md.
 */
export const ConsentGate = /* @__PURE__ */ defineComponent(
  (props: ConsentGateProps, { slots }) => {
    const snapshot = useSnapshot(useManager('<ConsentGate>'));
    const granted = computed(() => isGranted(snapshot.value, (props.service ?? props.category) as string));
    return () => (granted.value ? slots.default?.() : slots.fallback?.()) ?? null;
  },
  {
    name: 'ConsentGate',
    props: ['category', 'service'],
    slots: Object as SlotsType<ConsentGateSlots>,
  },
);
