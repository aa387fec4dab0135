import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@introw/consent-react/styles.css';
import '@introw/example-config/site.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs a <div id="root">');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
