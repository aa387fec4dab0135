import { afterEach } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';

// Vitest globals are off: unmount every wrapper after each test, then clear what is left.
enableAutoUnmount(afterEach);
afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.className = '';
});
