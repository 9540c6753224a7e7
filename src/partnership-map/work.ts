/**
 * How often the maps on a page did their costly work, counted so that tests
 * can check that the work is bounded and shared (the freeze budget of issue 11)
 * without timing anything. Counters only grow: compare before and after.
 */
export const mapWork = {
  /** Partnerships filtered (filterMap runs). */
  filters: 0,
  /** Cluster indexes built (all 17 zoom levels each). */
  clusterIndexes: 0,
  /** Cities clustered in them, in all (a search clusters the cities it finds). */
  clusterPoints: 0,
  /** Cities listed as members of a cluster: a city counts once per zoom level whose markers were worked out. */
  clusterMemberships: 0,
  /** Zoom levels whose arcs and partnerships within markers were worked out (one pass over the partnerships each). */
  linkLevels: 0,
  /** Markers worked out for one zoom level (names, counts, kinds). */
  markerLevels: 0,
  /** Markers rendered (templates made for Lit to compare): the markers in sight, when what they show changed; not on the frames of a gesture. */
  markersRendered: 0,
  /** Accessible names of markers made (only for the markers shown: zoomed in, a level has thousands). */
  markerNames: 0,
  /** Land, highlighted countries and borders projected for one view. */
  geometryDrawings: 0,
  /** Arc drawings made (path data of a view's arcs; not per frame of a gesture, which moves the last drawing). */
  arcDrawings: 0,
  /** Arcs drawn in them, in all: at most MAX_DRAWN_ARCS (arc-drawing.ts) per drawing. */
  arcsDrawn: 0,
  /** Cities whose names were turned into search keys. */
  searchKeys: 0,
  /** Searches rehearsed in idle time (prepare.ts), counted when done: at most one per page. */
  rehearsals: 0,
  /** Cities whose search keys a query was compared with (only those with a word of its first letter, or those an earlier query of its start found). */
  searchCompares: 0,
  /** Labels laid out for a zoom level (once per level, selection, language and geometry; not per frame of a pan). */
  labelLayouts: 0,
  /** Sort keys worked out for the table: city and country names ranked (per feed and language), founding dates ranked (per feed). */
  sortKeys: 0,
  /** Table rows given their sort keys (once per filtered map, focus, day and language). */
  tableRows: 0,
  /** Orders of the table's rows sorted (once per table, column and direction). */
  tableSorts: 0,
  /** Table rows rendered (formatted names, countries and dates): only the rows in view. */
  rowsRendered: 0,
};

/**
 * What the frames of a gesture do (zoom-pan.ts, layer.ts): counted apart from mapWork, which
 * tests compare between the maps of a page.
 */
export const frameWork = {
  /** Renders of the map (its template made for Lit to compare): at rest, when a motion starts or re-takes its anchor, and when it ends. */
  mapRenders: 0,
  /** Frames of a motion shown by moving the layer alone (its transform), without a render. */
  layerMoves: 0,
};
