// Article titles for the panels, from `GET /api/articles/:id` when the server has it; the id
// stands in until (or unless) an answer comes. One request per article, cached.

/** What the panels show of an article. */
export interface ArticleRef {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
}

const cache = new Map<string, Promise<ArticleRef>>();
// A server without a store answers 501 for every article: ask once, then show ids.
let unavailable = false;

/** The article's title and link (title null when the server cannot tell). */
export function getArticle(id: string): Promise<ArticleRef> {
  let p = cache.get(id);
  if (!p && unavailable) return Promise.resolve({ id, title: null, date: null, url: null });
  if (!p) {
    p = fetch(`/api/articles/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (res.status === 501 || res.status === 405) unavailable = true;
        if (!res.ok) return { id, title: null, date: null, url: null };
        const body = (await res.json()) as Record<string, unknown>;
        const a = (body.article && typeof body.article === 'object' ? body.article : body) as Record<string, unknown>;
        const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
        return { id, title: str(a.title), date: str(a.date), url: str(a.url) };
      })
      .catch(() => ({ id, title: null, date: null, url: null }));
    cache.set(id, p);
  }
  return p;
}
