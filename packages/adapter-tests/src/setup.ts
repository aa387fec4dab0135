import { afterEach } from 'vitest';
import { configure } from '@testing-library/dom';
import { unmountAll } from './mounts';

// Conditions, not fixed times: a generous ceiling so a busy machine only makes waits longer.
configure({ asyncUtilTimeout: 15_000 });

// Vitest globals are off, so no testing library registers its own cleanup: unmount whatever the
// test mounted (through any renderer), then clear what is left.
afterEach(async () => {
  await unmountAll();
  document.body.innerHTML = '';
  document.documentElement.className = '';
});
