// The viewer's defaults in one object: caps, layout timing, sizes. Modules read from here; the URL
// may override the cap (`?cap=`), nothing else changes them at run time.

/** Defaults of the viewer. */
export const VIEWER_DEFAULTS = Object.freeze({
  /** Beyond this many nodes the viewer shows only the most connected part (and says so). */
  maxNodes: 8000,
  /** Beyond this many edges the viewer drops the least connected nodes until it fits. */
  maxEdges: 40000,
  /** Layout run on first load, in ms: long enough to untangle, short enough to leave the CPU. */
  autoLayoutMs: { base: 2500, perThousandNodes: 1500, max: 12000 },
  /** How often a running layout saves positions to localStorage, in ms. */
  savePositionsEveryMs: 2000,
  /** Node size range in pixels (sigma's screen size). */
  nodeSize: { min: 3, max: 18 },
  /** Time-slider play speed: one month per this many ms. */
  playStepMs: 700,
  /** Search results shown at most. */
  searchLimit: 10,
  /** Colour of anything faded out by a hover or selection. */
  faded: '#e4e4e4',
});
