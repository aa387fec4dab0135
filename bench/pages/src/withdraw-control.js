// Withdrawal at scale, the control: no library, the click handler just deletes the same 100 cookies
// and 200 storage keys by name (the floor), after "accept" ran the same 500 scripts.
import { COOKIE_COUNT, SCRIPT_COUNT, SERVICE_COUNT, harness } from './withdraw-site.js';

harness({
  accept() {
    for (const el of document.querySelectorAll('script[type="text/plain"]')) {
      const s = document.createElement('script');
      s.text = el.text;
      el.replaceWith(s);
    }
    if (window.__ran !== SCRIPT_COUNT) throw new Error('control: not every script ran');
  },
  withdraw() {
    for (let i = 0; i < COOKIE_COUNT; i++) document.cookie = `svc${i}_id=; Max-Age=0; path=/`;
    for (let i = 0; i < SERVICE_COUNT; i++) localStorage.removeItem(`svc${i}_key`);
  },
});
