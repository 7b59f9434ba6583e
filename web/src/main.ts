// Entry of the viewer: read the view from the URL, fetch the graph, start the viewer, keep the URL
// in step so any view can be shared as a link, and offer articles that arrive while it is open.
import { fetchGraph } from './graph-source.js';
import { watchUpdates } from './live-updates.js';
import { installHook } from './test-hook.js';
import { setupNewEvents } from './ui/new-events.js';
import { formatViewQuery, parseViewQuery } from './url-state.js';
import { ViewStore } from './view-state.js';
import { Viewer } from './viewer.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function start(): Promise<void> {
  const store = new ViewStore(parseViewQuery(location.search));
  const notice = $('notice');
  let graph;
  try {
    graph = await fetchGraph();
  } catch (err) {
    notice.textContent = `The graph could not be loaded: ${(err as Error).message}`;
    notice.setAttribute('role', 'alert');
    notice.hidden = false;
    return;
  }
  const viewer = new Viewer(graph, store, {
    graph: $('graph'), panel: $('panel'), legend: $('legend'), notice, timeline: $('timeline'),
    toolbar: $('toolbar'), search: $<HTMLInputElement>('search-input'), results: $<HTMLUListElement>('search-results'),
  });
  // sigma drew the first frame inside the constructor; the next animation frame is when it shows.
  let firstFrame: number | null = null;
  requestAnimationFrame(() => {
    firstFrame = performance.now();
    performance.mark('diplograph:first-frame');
    document.body.dataset.ready = 'true';
  });
  installHook(viewer, () => firstFrame);
  // Articles added meanwhile (a watched feed, POST /api/articles) are offered, not forced on the view.
  const updates = watchUpdates(setupNewEvents($('arrivals'), async () => {
    viewer.mergeGraph(await fetchGraph());
    updates.reset();
  }));
  store.subscribe((s) => {
    const url = `${location.pathname}${formatViewQuery(s)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  });
  const sel = store.get().selection;
  if (sel?.kind === 'node') requestAnimationFrame(() => viewer.focusCamera(sel.id));
}

void start();
