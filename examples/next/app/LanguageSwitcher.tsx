'use client';
import { usePathname } from 'next/navigation';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../lib/languages';

/**
 * Links to the current page in each of the Platform's languages. Plain links, not client-side
 * navigations: a new language is a new document (`<html lang>`, server-rendered banner texts).
 */
export function LanguageSwitcher({ language, label }: { language: Language; label: string }) {
  const rest = (usePathname() ?? '/').replace(/^\/[^/]+/, '');
  return (
    <nav aria-label={label} className="language-switcher">
      {LANGUAGES.map((l) => (
        <a key={l} href={`/${l}${rest}`} hrefLang={l} lang={l} aria-current={l === language ? 'page' : undefined}>
          {LANGUAGE_NAMES[l]}
        </a>
      ))}
    </nav>
  );
}
