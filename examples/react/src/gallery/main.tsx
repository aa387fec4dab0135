import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@introw/consent-react/styles.css';
// The gallery shows every layout, so it loads each layout's file (a site imports only its own).
import '@introw/consent-react/styles/corner.css';
import '@introw/consent-react/styles/center.css';
import '@introw/example-config/site.css';
import './gallery.css';
import { readParams } from './params';
import { GalleryView } from './GalleryView';
import { GalleryIndex } from './GalleryIndex';

/**
 * The consent UI gallery (gallery.html): without a query, an overview of every layout in light and
 * dark (each a live view in a frame); with `?layout=…&theme=…[&lang=nl|fr][&dir=rtl]`, one live view
 * at full size. The a11y suite runs axe over every view, the screenshots script photographs them.
 */
const params = readParams(window.location.search);
const html = document.documentElement;
if (params) {
  html.lang = params.lang;
  html.dir = params.dir;
  html.dataset.pageTheme = params.theme;
}

const root = document.getElementById('root');
if (!root) throw new Error('gallery.html needs a <div id="root">');
createRoot(root).render(<StrictMode>{params ? <GalleryView {...params} /> : <GalleryIndex />}</StrictMode>);
