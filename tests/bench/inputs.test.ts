// The benchmark's inputs and helpers are right (no timing here): renamed copies of articles,
// synthetic extraction output and incremental node placement.
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
// @ts-expect-error plain ESM helpers of bench/, without type declarations
import { createRenamer, surname } from '../../bench/lib/rename-actors.mjs';
// @ts-expect-error plain ESM helpers of bench/
import { syntheticArticles } from '../../bench/lib/synthetic-articles.mjs';
// @ts-expect-error plain ESM helpers of bench/
import { placeNewNodes } from '../../bench/lib/place-new-nodes.mjs';
// @ts-expect-error plain ESM helpers of bench/
import { growth } from '../../bench/lib/measure.mjs';
import type { ExtractedArticle } from '../../src/types/index.js';

const article = { id: 'a', title: 'T', date: '2020-01-01', text: 'French President Emmanuel Macron met German officials in Berlin. Macron said France agreed.' };

describe('createRenamer', () => {
  const rename = createRenamer();

  it('leaves copy 0 as it is', () => {
    expect(rename(article, 0, ['Emmanuel Macron'])).toBe(article);
  });

  it('swaps states, demonyms, capitals and surnames in later copies, the same way each time', () => {
    const a = rename(article, 3, ['Emmanuel Macron']);
    expect(a).toEqual(rename(article, 3, ['Emmanuel Macron']));
    expect(a.id).toBe('a~3');
    expect(a.text).not.toContain('Macron');
    expect(a.text).toContain(`Emmanuel ${a.text.match(/Emmanuel (\w+)/)![1]}`);
    expect(a.text).not.toEqual(article.text);
  });

  it('makes distinct surnames', () => {
    expect(new Set(Array.from({ length: 1000 }, (_, i) => surname(i))).size).toBe(1000);
  });
});

describe('syntheticArticles', () => {
  const list: ExtractedArticle[] = [...syntheticArticles(200)];

  it('is deterministic', () => {
    expect([...syntheticArticles(200)]).toEqual(list);
  });

  it('gives events whose actors are entities of their article', () => {
    for (const a of list) {
      const ids = new Set(a.entities.map((e) => e.id));
      expect(new Set(a.events.map((e) => e.id)).size).toBe(a.events.length);
      for (const e of a.events) {
        expect(ids.has(e.source)).toBe(true);
        if (e.target) expect(ids.has(e.target)).toBe(true);
      }
    }
  });

  it('has a heavy-tailed degree distribution', () => {
    const g = buildGraph([...syntheticArticles(2000)]);
    const degrees = g.nodes().map((n) => g.degree(n)).sort((a, b) => b - a);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    expect(degrees[0]! / median).toBeGreaterThan(50);
  });
});

describe('placeNewNodes', () => {
  it('puts a new node at its placed neighbours and a lone one on the rim', () => {
    const g = new graphology.UndirectedGraph();
    g.addNode('a', { x: 0, y: 0 });
    g.addNode('b', { x: 10, y: 0 });
    g.addNode('new');
    g.addNode('lone');
    g.addEdge('new', 'a');
    g.addEdge('new', 'b');
    expect(placeNewNodes(g)).toBe(2);
    expect(Math.abs(g.getNodeAttribute('new', 'x') - 5)).toBeLessThan(2);
    expect(Number.isFinite(g.getNodeAttribute('lone', 'x'))).toBe(true);
  });
});

describe('growth', () => {
  it('calls doubling cost for doubling size linear, and quadrupling superlinear', () => {
    expect(growth([[1, 1], [2, 2], [4, 4]]).verdict).toBe('linear');
    expect(growth([[1, 1], [2, 4], [4, 16]]).verdict).toMatch(/^NO: superlinear/);
  });

  it('names a step that grows faster than linear inside a range that looks linear overall', () => {
    expect(growth([[10_000, 0.16], [100_000, 1.1], [1_000_000, 20]]).verdict).toBe('linear, but n^1.26 from 100,000 to 1,000,000');
  });
});
