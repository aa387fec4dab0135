import { afterEach } from 'vitest';
import { configure } from '@testing-library/dom';

// Conditions, not fixed times: a generous ceiling so a busy machine only makes waits longer.
configure({ asyncUtilTimeout: 15_000 });
import { enableAutoUnmount } from '@vue/test-utils';

// Vitest globals are off: unmount every wrapper after each test, then clear what is left.
enableAutoUnmount(afterEach);
afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.className = '';
});
