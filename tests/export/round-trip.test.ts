// Round-trip tests of every export format on the made-up fixture graph: json through Graph.from,
// gexf and graphml parsed back with graphology's parsers, csv unzipped and read row by row.
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvField, csvTables } from '../../src/export/csv.js';
import { EXPORTERS, EXPORT_FORMATS, findExporter } from '../../src/export/index.js';
import { statesGraph } from '../../src/graph/queries/index.js';
import { fixtureGraph, IDS } from '../fixtures/diplomatic-articles.js';

const text = (format: string, graph = fixtureGraph()) => findExporter(format)!.write(graph) as string;

describe('EXPORTERS', () => {
  it('lists json, gexf, graphml and csv, in that order', () => {
    expect(EXPORT_FORMATS).toEqual(['json', 'gexf', 'graphml', 'csv']);
  });

  it('finds a format whatever its case, and nothing for an unknown one', () => {
    expect(findExporter('GEXF')?.format).toBe('gexf');
    expect(findExporter('dot')).toBeUndefined();
  });

  it.each(EXPORTERS.map((e) => [e.format, e]))('writes the same bytes twice for the same graph (%s)', (_f, e) => {
    expect(Buffer.from(e.write(fixtureGraph()))).toEqual(Buffer.from(e.write(fixtureGraph())));
  });
});

describe('json export', () => {
  it('rebuilds through Graph.from with the same nodes, edges and attributes', () => {
    const source = fixtureGraph();
    const back = graphology.MultiDirectedGraph.from(JSON.parse(text('json', source)));
    expect(back.nodes().sort()).toEqual(source.nodes().sort());
    expect(back.edges().sort()).toEqual(source.edges().sort());
    expect(back.getEdgeAttributes('art-words:e5')).toEqual(source.getEdgeAttributes('art-words:e5'));
  });
});

describe('gexf export', () => {
  it('parses back with the same node and edge counts', () => {
    const source = fixtureGraph();
    const back = parseGexf(graphology.MultiDirectedGraph, text('gexf', source));
    expect(back.order).toBe(source.order);
    expect(back.size).toBe(source.size);
    expect(back.getNodeAttribute(IDS.fra, 'label')).toBe('France');
  });

  it("puts event dates on Gephi's timeline as edge start and end", () => {
    const xml = text('gexf');
    expect(xml).toMatch(/<graph[^>]*mode="dynamic"[^>]*timeformat="date"/);
    expect(xml).toMatch(/<edge id="art-words:e5"[^>]*start="2024-04-09" end="2024-04-09"/);
  });

  it('gives the rolled-up states view a time span from first to last event', () => {
    const xml = text('gexf', statesGraph(fixtureGraph(), {}));
    expect(xml).toMatch(/<edge id="state:ARM-&gt;state:AZE:meeting"[^>]*start="2024-03-01" end="2024-03-01"/);
  });
});

describe('graphml export', () => {
  it('parses back with the same node and edge counts and typed attributes', () => {
    const source = fixtureGraph();
    const back = parseGraphml(graphology.MultiDirectedGraph, text('graphml', source));
    expect(back.order).toBe(source.order);
    expect(back.size).toBe(source.size);
    const edge = back.findEdge((_e, a) => a.sentence === 'Aliyev accused Pashinyan of stalling the talks.');
    expect(back.getEdgeAttributes(edge!)).toMatchObject({ type: 'accusation', date: '2024-04-09', confidence: 0.9 });
  });

  it('writes list attributes as JSON text', () => {
    const back = parseGraphml(graphology.MultiDirectedGraph, text('graphml'));
    expect(JSON.parse(back.getNodeAttribute(IDS.fra, 'aliases'))).toEqual(['the Élysée']);
  });
});

describe('csv export', () => {
  it('zips nodes.csv and edges.csv with header rows and one row per node and edge', () => {
    const source = fixtureGraph();
    const files = unzipSync(findExporter('csv')!.write(source) as Uint8Array);
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const nodes = strFromU8(files['nodes.csv']!).trimEnd().split('\r\n');
    const edges = strFromU8(files['edges.csv']!).trimEnd().split('\r\n');
    expect(nodes[0]!.startsWith('id,label,kind,state,role,aliases,articles')).toBe(true);
    expect(edges[0]!.startsWith('id,source,target,type,date')).toBe(true);
    expect(nodes).toHaveLength(source.order + 1);
    expect(edges).toHaveLength(source.size + 1);
  });

  it('quotes a sentence holding quotes and a comma', () => {
    const { edges } = csvTables(fixtureGraph());
    expect(edges).toContain('"Macron met Pashinyan, ""a friend""."');
  });

  it.each([
    ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'],
    [null, ''], [0.5, '0.5'], [['x', 'y'], '"[""x"",""y""]"'],
  ])('writes %j as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('gexf edge attributes', () => {
  it('names the sentence offsets sentenceStart and sentenceEnd, so Gephi does not read them as time', () => {
    const back = parseGexf(graphology.MultiDirectedGraph, text('gexf'));
    expect(back.getEdgeAttributes('art-words:e5')).toMatchObject({ sentenceStart: 0, sentenceEnd: 47 });
  });
});
