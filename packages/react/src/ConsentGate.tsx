'use client';
import type { ReactElement, ReactNode } from 'react';
import type { RegisteredCategoryId, RegisteredServiceId } from './Register';
import { useManager } from './internal/useManager';
import { useGranted } from './internal/useGranted';

interface ConsentGateBaseProps {
  /** Rendered only while consent exists. */
  children?: ReactNode;
  /** Rendered instead while it does not (default: nothing). */
  fallback?: ReactNode;
}

/** Props of {@link ConsentGate}: exactly one of `category` or `service`. */
export type ConsentGateProps = ConsentGateBaseProps &
  (
    | { /** A category id, e.g. `analytics`. */ category: RegisteredCategoryId; service?: undefined }
    | { /** A service id, e.g. `hotjar`. */ service: RegisteredServiceId; category?: undefined }
  );

/**
 * Renders its children only while the visitor consents to the category or service, else
 * `fallback`. It re-renders when consent is given or withdrawn, so withdrawn content unmounts
 * at once; while hydrating it follows the server snapshot.
 *
 * @param props - `{ category | service, fallback?, children }`.
 * @throws {Error} Outside a `<ConsentProvider>`.
 * @example
 * ```tsx
 * <ConsentGate category="advertising" fallback={<p>Ads are off.</p>}>
 *   <AdSlot />
 * </ConsentGate>
 * ```
 * @remarks R1, R5, R13: docs/rules.md.
 */
export function ConsentGate(props: ConsentGateProps): ReactElement | null {
  const id: string = props.service ?? props.category;
  const granted = useGranted(useManager('<ConsentGate>'), id);
  return <>{granted ? props.children : (props.fallback ?? null)}</>;
}
