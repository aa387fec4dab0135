import { afterEach } from 'vitest';
import { unmountAll } from './mounts';

// Vitest globals are off, so no testing library registers its own cleanup: unmount whatever the
// test mounted (through any renderer), then clear what is left.
afterEach(async () => {
  await unmountAll();
  document.body.innerHTML = '';
  document.documentElement.className = '';
});
