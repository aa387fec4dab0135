import { defineComponent, h, type PropType, type VNode, type VNodeChild } from 'vue';
import type { StatementBlock, StatementDocument, StatementInline, StatementSection, StatementService } from '@introw/example-config/statement';

/**
 * Renders Introw's cookie statement document (`cookieStatement(language)` from the shared
 * source) in Vue: the same elements, classes and attributes as the React renderer and
 * `statementToHtml`, so one stylesheet and one set of tests serve every demo. The page's
 * "Cookie settings" control comes in the `settings` slot and sits where §5 speaks of withdrawing.
 */

const safeHref = (href: string): boolean => /^(?:https?:|mailto:)/i.test(href);
const tag = (level: number): string => `h${Math.min(level, 6)}`;

function inline(part: StatementInline): VNodeChild {
  if (typeof part === 'string') return part;
  if (!safeHref(part.href)) return part.text;
  return h('a', { href: part.href, rel: part.href.startsWith('http') ? 'noopener' : undefined }, part.text);
}

function service(s: StatementService, doc: StatementDocument, level: number): VNode {
  const l = doc.labels;
  const title: VNodeChild[] = [s.name];
  if (s.platformOnly) title.push(' ', h('span', { class: 'statement-badge', 'data-platform-only': '' }, l.platformOnly));
  if (s.addition) title.push(' ', h('span', { class: 'statement-badge', 'data-addition': '' }, l.addition));
  const provider: VNodeChild[] = [`${l.provider}: ${s.provider}`];
  if (s.privacyPolicyUrl) provider.push(' · ', inline({ text: l.privacyPolicy.replace('{service}', s.name), href: s.privacyPolicyUrl }));
  const heads = [l.cookie, l.duration, l.purpose, l.party].map((text) => h('th', { scope: 'col' }, text));
  const rows = s.cookies.map((c) =>
    h('tr', [
      h('td', { 'data-label': l.cookie }, [h('code', c.name), c.note ? ` (${c.note})` : null]),
      h('td', { 'data-label': l.duration }, c.duration),
      h('td', { 'data-label': l.purpose }, c.purpose),
      h('td', { 'data-label': l.party }, c.party),
    ]),
  );
  return h('section', { class: 'statement-service', 'data-service': s.id }, [
    h(tag(level), title),
    s.addition ? h('p', { class: 'statement-addition' }, s.addition) : null,
    h('p', s.description),
    h('p', { class: 'statement-provider' }, provider),
    h('table', { class: 'statement-table' }, [h('thead', [h('tr', heads)]), h('tbody', rows)]),
  ]);
}

function block(b: StatementBlock, doc: StatementDocument, level: number, settings: VNodeChild): VNodeChild {
  switch (b.kind) {
    case 'paragraph':
      return h('p', b.content.map(inline));
    case 'list':
      return h(
        'ul',
        b.items.map((item) => h('li', item.map(inline))),
      );
    case 'services':
      return h(
        'div',
        { class: 'statement-services', lang: b.lang },
        b.services.map((s) => service(s, doc, level)),
      );
    case 'settings':
      return settings ? h('p', { class: 'statement-settings' }, [settings]) : null;
  }
}

function section(s: StatementSection, doc: StatementDocument, level: number, settings: VNodeChild): VNode {
  return h('section', { id: s.id }, [
    h(tag(level), `${s.number}. ${s.title}`),
    ...s.blocks.map((b) => block(b, doc, level + 1, settings)),
    ...s.subsections.map((sub) => section(sub, doc, level + 1, settings)),
  ]);
}

/** `<StatementView :doc="cookieStatement(language)"><template #settings>…</template></StatementView>` (R6, R7). */
export const StatementView = defineComponent({
  name: 'StatementView',
  props: { doc: { type: Object as PropType<StatementDocument>, required: true } },
  setup(props, { slots }) {
    return () => {
      const doc = props.doc;
      const settings = slots.settings?.();
      return h('article', { class: 'statement', lang: doc.lang }, [
        doc.note ? h('p', { class: 'statement-note', lang: doc.language }, doc.note) : null,
        h('h1', doc.title),
        ...doc.sections.map((s) => section(s, doc, 2, settings)),
      ]);
    };
  },
});
