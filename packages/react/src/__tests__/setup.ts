import { afterEach } from 'vitest';
import { configure } from '@testing-library/dom';

// Conditions, not fixed times: a generous ceiling so a busy machine only makes waits longer.
configure({ asyncUtilTimeout: 15_000 });
import { cleanup } from '@testing-library/react';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  document.documentElement.className = '';
});
