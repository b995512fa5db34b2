// Cell suppression for a two-way table of counts published with its row, column and grand totals.
//
// Primary: a count of 1 to 4 is hidden, wherever it is (a total included): the "cells under 5" rule
// of Statistics Canada and CIHI. Zero is published: a true zero tells nothing about anyone, and
// statistical agencies publish true zeros too; hiding them would blank most of a sparse table for
// nothing. Because zeros are always shown, an attacker knows that every hidden figure is at least 1,
// and the protection below is computed with that knowledge.
//
// Complementary: other cells (totals included) are hidden too, until for every primary figure x the
// attacker's feasible interval [lo, hi], over all completions consistent with what is published, has
// hi ≥ 5 (upper protection level 5 − x, in the sense of Hundepool et al., "Statistical Disclosure
// Control", Wiley 2012, chs. 4–5). So no hidden figure can be pinned (lo ≤ x < 5 ≤ hi), nor even
// shown to be under 5. What is not protected: that a hidden figure is non-zero.
//
// Method: the network-flow model of a two-way table (Cox, "Network models for complementary cell
// suppression", JASA 1995; Castro's heuristic in τ-ARGUS). With the margins negated, every row and
// column of the extended (m+1)×(n+1) table sums to zero, so the changes an attacker may make to the
// hidden figures are exactly the circulations on a bipartite graph of row and column nodes whose
// edges are the hidden cells; raising a figure by t is a flow of t around a cycle through it. Its
// feasible maximum is therefore a max-flow, and its LP bound equals its integer bound (the matrix is
// totally unimodular). For each primary figure, the cheapest augmenting paths (cost: the count a cell
// would hide, tripled for a total, 0 for cells already hidden) carry 5 − x units through cells that
// are then hidden.

export const SUPPRESSION_THRESHOLD = 5;

/** Which figures to hide; the same shape as the table with its totals. */
export interface SuppressionMask {
  /** cells[row][column] */
  cells: boolean[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  total: boolean;
}

// Readers use totals most: hiding one costs more than hiding an inner cell of the same count.
const TOTAL_COST_FACTOR = 3;
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** `counts[row][column]`, non-negative integers; `columns` is given so that a table may have no rows. */
export function suppressSmallCounts(
  counts: readonly (readonly number[])[],
  columns: number,
): SuppressionMask {
  const net = network(counts, columns);
  const primaries: number[] = [];
  net.value.forEach((v, k) => {
    if (v > 0 && v < SUPPRESSION_THRESHOLD) {
      hide(net, k);
      primaries.push(k);
    }
  });
  // The smallest need the most protection: protected first, their hidden cells often serve the rest.
  primaries.sort((a, b) => (net.value[a] ?? 0) - (net.value[b] ?? 0) || a - b);
  for (const p of primaries) protect(net, p);
  return maskOf(net);
}

/**
 * The extended table as a bipartite graph: node r < rows is a row (the last one the column totals),
 * node rows + c a column (the last one the row totals); edge k = r * cols + c is a cell.
 */
interface Network {
  rows: number;
  cols: number;
  value: Float64Array;
  hidden: Uint8Array;
  /** The hidden edges at each node. */
  adjacent: number[][];
  /** Room, before any flow, to raise an edge's signed value (an arc row → column) … */
  up: Float64Array;
  /** … and to lower it (an arc column → row). */
  down: Float64Array;
  cost: Float64Array;
  /** Per search: the flow of the figure being protected, and each node's arriving edge. */
  flow: Float64Array;
  via: Int32Array;
  /** Per search: the edge from a node into the search's end, if it has one with room. */
  into: Int32Array;
  queue: Int32Array;
  dist: Float64Array;
  done: Uint8Array;
  /** Each edge's row and column. */
  rowOf: Int32Array;
  colOf: Int32Array;
}

function network(counts: readonly (readonly number[])[], columns: number): Network {
  const rows = counts.length + 1;
  const cols = columns + 1;
  const size = rows * cols;
  const value = new Float64Array(size);
  counts.forEach((row, i) => {
    for (let j = 0; j < columns; j++) {
      const v = row[j] ?? 0;
      value[i * cols + j] = v;
      value[i * cols + columns] = (value[i * cols + columns] ?? 0) + v;
      value[counts.length * cols + j] = (value[counts.length * cols + j] ?? 0) + v;
      value[size - 1] = (value[size - 1] ?? 0) + v;
    }
  });
  const up = new Float64Array(size);
  const down = new Float64Array(size);
  const cost = new Float64Array(size);
  value.forEach((v, k) => {
    const inner = Math.floor(k / cols) < rows - 1 && k % cols < cols - 1;
    // Inner cells and the grand total enter their row and column with +1, the margins with −1. A
    // hidden figure may rise without bound and fall to 1 (zeros are published, so hidden means ≥ 1).
    const plus = inner || k === size - 1;
    up[k] = plus ? UNBOUNDED : v - 1;
    down[k] = plus ? v - 1 : UNBOUNDED;
    cost[k] = inner ? v : v * TOTAL_COST_FACTOR;
  });
  const nodes = rows + cols;
  return {
    rows,
    cols,
    value,
    hidden: new Uint8Array(size),
    adjacent: Array.from({ length: nodes }, (): number[] => []),
    up,
    down,
    cost,
    flow: new Float64Array(size),
    via: new Int32Array(nodes),
    into: new Int32Array(nodes),
    queue: new Int32Array(nodes),
    dist: new Float64Array(nodes),
    done: new Uint8Array(nodes),
    rowOf: Int32Array.from(value, (_, k) => Math.floor(k / cols)),
    colOf: Int32Array.from(value, (_, k) => k % cols),
  };
}

function hide(net: Network, k: number): void {
  if (net.hidden[k]) return;
  net.hidden[k] = 1;
  net.adjacent[net.rowOf[k] ?? 0]?.push(k);
  net.adjacent[net.rows + (net.colOf[k] ?? 0)]?.push(k);
}

/** Hides cells until figure p can rise to the threshold through hidden cells other than itself. */
function protect(net: Network, p: number): void {
  const need = SUPPRESSION_THRESHOLD - (net.value[p] ?? 0);
  const rowNode = Math.floor(p / net.cols);
  const colNode = net.rows + (p % net.cols);
  // Raising p is a flow along p (row → column for a + figure, column → row for a margin) that must
  // come back round through the other hidden cells.
  const plus = net.up[p] === UNBOUNDED;
  const from = plus ? colNode : rowNode;
  const to = plus ? rowNode : colNode;
  const touched: number[] = [];
  let sent = 0;
  while (sent < need) {
    // Most figures are covered by cells already hidden: a plain search finds them, and the
    // cheapest-path search runs only when a new cell must be hidden. Through its row total, the
    // grand total and its column total, a cycle always exists.
    if (!hiddenPath(net, p, from, to) && !cheapestPath(net, p, from, to))
      throw new Error(`suppression: no cycle through cell ${p}`);
    let room = need - sent;
    for (let x = to; x !== from; x = tail(net, x))
      room = Math.min(room, residual(net, net.via[x] ?? 0, x >= net.rows));
    for (let x = to; x !== from; x = tail(net, x)) {
      const k = net.via[x] ?? 0;
      net.flow[k] = (net.flow[k] ?? 0) + (x >= net.rows ? room : -room);
      touched.push(k);
      hide(net, k);
    }
    sent += room;
  }
  for (const k of touched) net.flow[k] = 0;
}

/** Room left on edge k: raising its signed value (arriving at a column) or lowering it. */
function residual(net: Network, k: number, raise: boolean): number {
  const f = net.flow[k] ?? 0;
  return raise ? (net.up[k] ?? 0) - f : (net.down[k] ?? 0) + f;
}

/** The node a path came from to reach x. */
function tail(net: Network, x: number): number {
  const k = net.via[x] ?? 0;
  return x >= net.rows ? (net.rowOf[k] ?? 0) : net.rows + (net.colOf[k] ?? 0);
}

/**
 * Breadth-first over hidden cells only: an augmenting path that hides nothing new. It stops on
 * reaching any node with an arc into `to`, not `to` itself: in a table where much is hidden that
 * saves scanning a whole further level.
 */
function hiddenPath(net: Network, skip: number, from: number, to: number): boolean {
  const { rows, adjacent, via, into, queue, rowOf, colOf } = net;
  const toRow = to < rows;
  into.fill(-1);
  for (const k of adjacent[to] ?? []) {
    if (k !== skip && residual(net, k, !toRow) > 0)
      into[toRow ? rows + (colOf[k] ?? 0) : (rowOf[k] ?? 0)] = k;
  }
  via.fill(-1);
  via[from] = skip;
  queue[0] = from;
  for (let head = 0, end = 1; head < end; head++) {
    const u = queue[head] ?? 0;
    const isRow = u < rows;
    for (const k of adjacent[u] ?? []) {
      const next = isRow ? rows + (colOf[k] ?? 0) : (rowOf[k] ?? 0);
      if (via[next] !== -1 || k === skip || residual(net, k, isRow) <= 0) continue;
      via[next] = k;
      if (next === to) return true;
      const last = into[next] ?? -1;
      if (last !== -1) {
        via[to] = last;
        return true;
      }
      queue[end++] = next;
    }
  }
  return false;
}

/** Dijkstra over the residual graph, where a cell already hidden costs nothing. */
function cheapestPath(net: Network, skip: number, from: number, to: number): boolean {
  const { rows, cols, value, hidden, cost, via, dist, done } = net;
  const nodes = rows + cols;
  dist.fill(Number.POSITIVE_INFINITY);
  done.fill(0);
  via.fill(-1);
  dist[from] = 0;
  for (;;) {
    let u = -1;
    let best = Number.POSITIVE_INFINITY;
    for (let x = 0; x < nodes; x++) {
      const d = dist[x] ?? Number.POSITIVE_INFINITY;
      if (!done[x] && d < best) {
        best = d;
        u = x;
      }
    }
    if (u < 0) return false;
    if (u === to) return true;
    done[u] = 1;
    const isRow = u < rows;
    const count = isRow ? cols : rows;
    for (let t = 0; t < count; t++) {
      const k = isRow ? u * cols + t : t * cols + (u - rows);
      // Zeros are never hidden: they are published, so they cannot move.
      if (k === skip || value[k] === 0 || residual(net, k, isRow) <= 0) continue;
      const next = isRow ? rows + t : t;
      const d = best + (hidden[k] ? 0 : (cost[k] ?? 0));
      if (d < (dist[next] ?? Number.POSITIVE_INFINITY)) {
        dist[next] = d;
        via[next] = k;
      }
    }
  }
}

function maskOf(net: Network): SuppressionMask {
  const { rows, cols, hidden } = net;
  const at = (i: number, j: number) => hidden[i * cols + j] === 1;
  const inner = Array.from({ length: rows - 1 }, (_, i) => i);
  const columns = Array.from({ length: cols - 1 }, (_, j) => j);
  return {
    cells: inner.map((i) => columns.map((j) => at(i, j))),
    rowTotals: inner.map((i) => at(i, cols - 1)),
    columnTotals: columns.map((j) => at(rows - 1, j)),
    total: at(rows - 1, cols - 1),
  };
}
