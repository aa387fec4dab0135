// Introw's cookie statement for public/cookies.html, from the one shared source the React, Vue and
// Next.js demos render (examples/introw-config/src/statement: `cookieStatement(language)` and
// `statementToHtml`). sync-config.mjs writes what this returns between the page's
// `<!-- introw:statement -->` markers.
//
// A static page cannot know the visitor's language in advance, so it carries:
//   - the whole statement (sections 1 to 7; Introw writes it in English) with its cookie lists in
//     English, and the "Cookie settings" control of §5 (`data-ic-open-preferences`);
//   - per other language (nl, fr, de) a <template data-statement-language> with what follows the
//     visitor's language: the note above the statement and the cookie lists of §4, in the order of
//     the page's lists. public/site.js swaps them in once the consent UI has picked the language.
// Without JavaScript the page still holds the complete statement, in English.

/** The languages of Introw's sites; the first is the one written into the page itself. */
export const STATEMENT_LANGUAGES = ['en', 'nl', 'fr', 'de'];

/** §5's "Cookie settings" control: the script-tag build turns the empty button into it (R12). */
const SETTINGS_HTML = '<button data-ic-open-preferences></button>';

/** One block element a line: whitespace between block elements changes nothing on the page, and the file stays readable. */
const BLOCK_START = /(?=<(?:section|h[1-6]|p|ul|li|div|table|thead|tbody|tr)[\s>])/g;
const lines = (html) => html.replace(BLOCK_START, '\n').trim();

/** The statement's lists of services (one `<div class="statement-services">` each; they hold no `<div>`) and its note. */
const SERVICES = /<div class="statement-services"[^>]*>[\s\S]*?<\/div>/g;
const NOTE = /<p class="statement-note"[^>]*>[^<]*<\/p>/;

/** How many lists of services `doc` has (blocks of kind `services`, in every section and subsection). */
function countServiceLists(sections) {
  return sections.reduce((n, s) => n + s.blocks.filter((b) => b.kind === 'services').length + countServiceLists(s.subsections), 0);
}

/**
 * The generated parts of the statement in `language`: its note and its lists of services.
 *
 * @param {{ cookieStatement: (language: string) => any, statementToHtml: (doc: any, options?: object) => string }} statement
 * @param {string} language
 * @returns {{ note: string, lists: string[] }}
 * @throws {Error} When the rendered HTML does not hold one list per services block of the document.
 */
function generatedParts(statement, language) {
  const doc = statement.cookieStatement(language);
  const html = statement.statementToHtml(doc);
  const lists = html.match(SERVICES) ?? [];
  const expected = countServiceLists(doc.sections);
  if (lists.length !== expected) throw new Error(`statement-html: ${lists.length} lists of services found in the ${language} statement, ${expected} expected`);
  for (const list of lists) {
    if (!list.startsWith(`<div class="statement-services" lang="${language}">`)) throw new Error(`statement-html: a list of services not in ${language}`);
  }
  return { note: NOTE.exec(html)?.[0] ?? '', lists };
}

/**
 * What goes between the `<!-- introw:statement -->` markers of public/cookies.html.
 *
 * @param {{ cookieStatement: (language: string) => any, statementToHtml: (doc: any, options?: object) => string }} statement
 *   The shared statement module (examples/introw-config/src/statement).
 * @returns {string}
 */
export function statementHtml(statement) {
  const [first, ...others] = STATEMENT_LANGUAGES;
  const english = generatedParts(statement, first);
  const page = statement.statementToHtml(statement.cookieStatement(first), { settingsHtml: SETTINGS_HTML });
  const templates = others.map((language) => {
    const { note, lists } = generatedParts(statement, language);
    if (lists.length !== english.lists.length)
      throw new Error(`statement-html: the ${language} statement has ${lists.length} lists of services, ${first} ${english.lists.length}`);
    return `<template data-statement-language="${language}">\n${lines([note, ...lists].join(''))}\n</template>`;
  });
  return [lines(page), ...templates].join('\n');
}
