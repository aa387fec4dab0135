import type { Plugin } from 'vite';

/** A Vite plugin that inserts Introw's inert vendor tags (vendor-tags.html) at the end of `<head>`. */
export declare function introwVendorTags(): Plugin;
