'use client';
import { createContext } from 'react';
import { appearanceAttributes } from '@introw/consent-core/ui';

/** The attributes for the banner's and dialog's roots (`data-ic-layout`, `data-ic-theme`). */
export type AppearanceAttributes = ReturnType<typeof appearanceAttributes>;

/**
 * Holds the nearest {@link ConsentProvider}'s `layout` and `theme` as core's attributes; the
 * defaults (`bar`, `light`) outside one. Internal.
 */
export const AppearanceContext = createContext<AppearanceAttributes>(appearanceAttributes());
AppearanceContext.displayName = 'ConsentAppearanceContext';
