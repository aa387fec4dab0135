/**
 * Introw's cookie statement, one source for every demo: `cookieStatement(language)` gives the
 * document (sections 1 to 7, section 4's lists from the config's declaration),
 * `statementToHtml(doc)` renders it to HTML for a static build, and the React and Vue demos
 * walk the same document with their own components.
 */
export { cookieStatement } from './build';
export { statementToHtml, escapeHtml } from './html';
export type { StatementHtmlOptions } from './html';
export { PLATFORM_ONLY, STATEMENT_ADDITIONS } from './notes';
export type * from './types';
