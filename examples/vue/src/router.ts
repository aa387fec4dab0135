import { readonly, shallowRef, type Ref } from 'vue';

/**
 * A few lines of client-side routing on the History API: enough for a two-page site, no router
 * dependency. `navigate()` pushes a history entry; the back and forward buttons arrive as
 * `popstate`. (The same small router as the React demo.)
 */
const current = shallowRef(typeof window === 'undefined' ? '/' : window.location.pathname);

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    current.value = window.location.pathname;
  });
}

/** The current path, e.g. `/cookies`, as a read-only ref. */
export function usePath(): Readonly<Ref<string>> {
  return readonly(current);
}

/** Goes to `to` without a page load. */
export function navigate(to: string): void {
  if (to === window.location.pathname) return;
  window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  current.value = to;
}
