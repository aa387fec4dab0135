'use client';
import { createContext } from 'react';
import type { ConsentManager } from '@introw/consent-core';

/** Holds the manager of the nearest {@link ConsentProvider}; `null` outside one. Internal. */
export const ConsentContext = createContext<ConsentManager | null>(null);
ConsentContext.displayName = 'ConsentContext';
