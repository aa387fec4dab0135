'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { ConsentManager } from '@introw/consent-core';
import { isGranted } from '@introw/consent-core';

/**
 * True when `id` (a category or service id) is granted. Selects a boolean, so the caller
 * re-renders only when that boolean flips; reads the server snapshot while hydrating.
 */
export function useGranted(manager: ConsentManager, id: string): boolean {
  const get = useCallback(() => isGranted(manager.getSnapshot(), id), [manager, id]);
  const getServer = useCallback(() => isGranted(manager.getServerSnapshot(), id), [manager, id]);
  return useSyncExternalStore(manager.subscribe, get, getServer);
}
