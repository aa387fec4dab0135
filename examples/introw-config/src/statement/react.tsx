import { Fragment, type ReactElement, type ReactNode } from 'react';
import type { StatementBlock, StatementDocument, StatementInline, StatementSection, StatementService } from './types';

/** Props of {@link StatementView}. */
export interface StatementViewProps {
  /** From `cookieStatement(language)`. */
  doc: StatementDocument;
  /** The page's "Cookie settings" control, placed where §5 says how to change the choice. */
  settings?: ReactNode;
}

type Heading = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const heading = (level: number): Heading => `h${Math.min(level, 6)}` as Heading;
const safeHref = (href: string): boolean => /^(?:https?:|mailto:)/i.test(href);

function Inline({ part }: { part: StatementInline }): ReactNode {
  if (typeof part === 'string') return part;
  if (!safeHref(part.href)) return part.text;
  return (
    <a href={part.href} rel={part.href.startsWith('http') ? 'noopener' : undefined}>
      {part.text}
    </a>
  );
}

// biome-ignore lint/suspicious/noArrayIndexKey: the parts of one sentence of the statement, a fixed list
const inlines = (parts: StatementInline[]): ReactNode => parts.map((part, i) => <Inline key={i} part={part} />);

function Service({ s, doc, level }: { s: StatementService; doc: StatementDocument; level: number }): ReactElement {
  const l = doc.labels;
  const H = heading(level);
  return (
    <section className="statement-service" data-service={s.id}>
      <H>
        {s.name}
        {s.platformOnly && (
          <>
            {' '}
            <span className="statement-badge" data-platform-only="">
              {l.platformOnly}
            </span>
          </>
        )}
        {s.addition && (
          <>
            {' '}
            <span className="statement-badge" data-addition="">
              {l.addition}
            </span>
          </>
        )}
      </H>
      {s.addition && <p className="statement-addition">{s.addition}</p>}
      <p>{s.description}</p>
      <p className="statement-provider">
        {l.provider}: {s.provider}
        {s.privacyPolicyUrl && (
          <>
            {' · '}
            <Inline part={{ text: l.privacyPolicy.replace('{service}', s.name), href: s.privacyPolicyUrl }} />
          </>
        )}
      </p>
      <table className="statement-table">
        <thead>
          <tr>
            <th scope="col">{l.cookie}</th>
            <th scope="col">{l.duration}</th>
            <th scope="col">{l.purpose}</th>
            <th scope="col">{l.party}</th>
          </tr>
        </thead>
        <tbody>
          {s.cookies.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the index only tells apart two cookies with the same name
            <tr key={`${c.name}\u0000${i}`}>
              <td data-label={l.cookie}>
                <code>{c.name}</code>
                {c.note ? ` (${c.note})` : null}
              </td>
              <td data-label={l.duration}>{c.duration}</td>
              <td data-label={l.purpose}>{c.purpose}</td>
              <td data-label={l.party}>{c.party}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Block({ b, doc, level, settings }: { b: StatementBlock; doc: StatementDocument; level: number; settings: ReactNode }): ReactNode {
  switch (b.kind) {
    case 'paragraph':
      return <p>{inlines(b.content)}</p>;
    case 'list':
      return (
        <ul>
          {b.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the statement's list items are fixed, never reordered
            <li key={i}>{inlines(item)}</li>
          ))}
        </ul>
      );
    case 'services':
      return (
        <div className="statement-services" lang={b.lang}>
          {b.services.map((s) => (
            <Service key={s.id} s={s} doc={doc} level={level} />
          ))}
        </div>
      );
    case 'settings':
      return settings ? <p className="statement-settings">{settings}</p> : null;
  }
}

function Section({ s, doc, level, settings }: { s: StatementSection; doc: StatementDocument; level: number; settings: ReactNode }): ReactElement {
  const H = heading(level);
  return (
    <section id={s.id}>
      <H>{`${s.number}. ${s.title}`}</H>
      {s.blocks.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the statement's blocks are fixed, never reordered
        <Block key={i} b={b} doc={doc} level={level + 1} settings={settings} />
      ))}
      {s.subsections.map((sub) => (
        <Section key={sub.id} s={sub} doc={doc} level={level + 1} settings={settings} />
      ))}
    </section>
  );
}

/**
 * Renders Introw's cookie statement document in React (the React demo and the Next.js Platform):
 * the same elements, classes and attributes as `statementToHtml`, so one stylesheet and one set
 * of tests serve every demo. Works in Server Components (no hooks, no state).
 *
 * @param props - `{ doc, settings? }`.
 * @example
 * ```tsx
 * <StatementView doc={cookieStatement(language)} settings={<ConsentSettingsButton />} />
 * ```
 * @remarks R6, R7: docs/rules.md.
 */
export function StatementView({ doc, settings }: StatementViewProps): ReactElement {
  return (
    <article className="statement" lang={doc.lang}>
      {doc.note && (
        <p className="statement-note" lang={doc.language}>
          {doc.note}
        </p>
      )}
      <h1>{doc.title}</h1>
      {doc.sections.map((s) => (
        <Fragment key={s.id}>
          <Section s={s} doc={doc} level={2} settings={settings} />
        </Fragment>
      ))}
    </article>
  );
}
