// The view state survives a trip through the URL; bad values fall back to the defaults.
import { describe, expect, it } from 'vitest';
import { formatViewQuery, parseViewQuery } from '../../web/src/url-state.js';
import { DEFAULT_VIEW, type ViewState } from '../../web/src/view-state.js';

describe('url state', () => {
  it('writes nothing for the default view', () => {
    expect(formatViewQuery({ ...DEFAULT_VIEW })).toBe('');
  });

  it('reads back every part of a view it wrote', () => {
    const view: ViewState = {
      mode: 'states', hiddenTypes: ['statement', 'affiliation'], states: ['ARM', 'AZE'], from: '2024-02', to: '2024-05',
      selection: { kind: 'edge', id: 'a1:ev3' }, colorBy: 'community', sizeBy: 'articles', cap: 500,
    };
    const back = parseViewQuery(formatViewQuery(view));
    expect(back).toEqual({ ...view, hiddenTypes: ['affiliation', 'statement'] });
  });

  it.each([
    ['an unknown view mode', '?view=planets', { mode: 'actors' }],
    ['a month that is not a month', '?from=2024-13', { from: null }],
    ['a state code that is not ISO3', '?states=ARM,armenia,X1', { states: ['ARM', 'ARMENIA'].filter((s) => s.length === 3) }],
    ['a negative cap', '?cap=-4', { cap: null }],
  ])('ignores %s', (_name, query, expected) => {
    expect(parseViewQuery(query)).toMatchObject(expected);
  });

  it('swaps a time window given backwards', () => {
    expect(parseViewQuery('?from=2024-06&to=2024-01')).toMatchObject({ from: '2024-01', to: '2024-06' });
  });

  it('selects a node before an edge when a link names both', () => {
    expect(parseViewQuery('?node=state%3AARM&edge=x').selection).toEqual({ kind: 'node', id: 'state:ARM' });
  });
});
