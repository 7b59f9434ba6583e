// The "12 new events — Show" bar: shown when the event stream reports arrivals, and its button
// brings them into the graph in view.
import type { Pending } from '../live-updates.js';

/** Sets up the bar in `el`; `show` loads the arrivals (the bar hides once it resolves). */
export function setupNewEvents(el: HTMLElement, show: () => Promise<void>): (p: Pending) => void {
  const text = document.createElement('span');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Show them';
  el.replaceChildren(text, ' ', button);
  button.addEventListener('click', () => {
    button.disabled = true;
    show().then(() => { el.hidden = true; }, (err: Error) => { text.textContent = `The new events could not be loaded: ${err.message}`; })
      .finally(() => { button.disabled = false; });
  });
  return (p) => {
    const what = p.events > 0 ? `${p.events} new event${p.events === 1 ? '' : 's'}` : `${p.articles} new article${p.articles === 1 ? '' : 's'}`;
    text.textContent = `${what} from ${p.articles} article${p.articles === 1 ? '' : 's'}.`;
    el.hidden = false;
  };
}
