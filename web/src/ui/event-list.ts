// A list of events as the panels show them: date, type, the two actors, the sentence verbatim and
// the article it comes from. Text only (textContent), titles filled in when the server answers.
import { getArticle } from '../articles.js';
import { h, safeHref } from '../dom.js';
import type { EvidenceItem } from '../evidence.js';
import type { ViewGraph } from '../graph-source.js';
import { edgeColor } from '../palette.js';

/** How many events a panel lists before a "show more" button. */
const PAGE = 100;

/** What an item needs from its host. */
export interface EventListHost {
  graph: ViewGraph;
  /** Selects an actor (a click on a name in the list). */
  selectNode(id: string): void;
  /** Edge key to mark as the current one. */
  current?: string;
}

/** Renders events into an ordered list, a page at a time. */
export function eventList(items: EvidenceItem[], host: EventListHost): HTMLElement {
  const list = h('ol', { class: 'events' });
  let shown = 0;
  const more = h('button', { type: 'button', class: 'more' });
  const page = () => {
    for (const it of items.slice(shown, shown + PAGE)) list.append(eventItem(it, host));
    shown = Math.min(items.length, shown + PAGE);
    more.textContent = `Show more (${items.length - shown} left)`;
    more.hidden = shown >= items.length;
  };
  more.addEventListener('click', page);
  page();
  return h('div', {}, list, more);
}

function actorButton(host: EventListHost, id: string): HTMLElement {
  const label = host.graph.hasNode(id) ? host.graph.getNodeAttribute(id, 'label') : id;
  return h('button', { type: 'button', class: 'link', onclick: () => host.selectNode(id), text: label });
}

function eventItem(it: EvidenceItem, host: EventListHost): HTMLElement {
  const a = it.attrs;
  const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.background = edgeColor(a.type);
  const source = h('span', { class: 'source' }, 'Article ', h('span', { class: 'article-id', text: a.article ?? 'unknown' }));
  if (a.article) fillArticle(source, a.article);
  const flags = [a.context ? `(${a.context})` : null, a.location ? `in ${a.location}` : null].filter(Boolean).join(' ');
  return h(
    'li',
    { class: 'event', 'data-edge': it.key, 'aria-current': it.key === host.current ? 'true' : null },
    h('p', { class: 'meta' },
      h('time', { datetime: a.date ?? '', text: a.date ?? 'undated' }), ' ', swatch, h('span', { class: 'type', text: a.type }), ' ',
      actorButton(host, it.source), ' → ', actorButton(host, it.target), flags ? ` ${flags}` : ''),
    h('blockquote', { class: 'sentence', text: a.sentence ?? '' }),
    source,
  );
}

// Swap the article id for its title (and a link) once the server says what the article is.
function fillArticle(el: HTMLElement, id: string): void {
  void getArticle(id).then((art) => {
    const href = safeHref(art.url) ?? (art.title ? `/api/articles/${encodeURIComponent(id)}` : null);
    const title = art.title ?? id;
    const label = h('span', { class: 'article-title', text: title });
    const node = href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label) : label;
    el.replaceChildren('Article ', node, art.date ? ` (${art.date})` : '');
  });
}
