// The exported graph held in memory with the indexes the queries of the bench mix need:
// entities and relations by dense index, adjacency in both directions (each row in relation-ID
// order), entities by kind, place containment, stage -> industry, search forms. The algorithms
// follow the contract's rules as ClusterGraph states them (keyset pages ordered by ID, BFS
// neighbourhoods nearest first then by ID, bidirectional BFS for paths).
import { readFileSync } from 'node:fs';
import { Matcher, fold, searchFormsOf } from './search.mjs';

export const MAX_CONTAINMENT_DEPTH = 32;
const ACTIVITY_TYPES = new Set(['ACTIVE_IN', 'SPECIALIZES_IN']);
const byOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export class Graph {
  constructor(document) {
    if (document.format !== 'clustergraph-export/1') throw new Error(`not a ClusterGraph export: format ${document.format}`);
    this.sources = document.sources;
    this.entities = document.entities;
    this.relations = document.relations;
    this.sourceById = new Map(this.sources.map((s) => [s.id, s]));
    this.entityIndex = new Map();
    this.entities.forEach((e, i) => { e._i = i; this.entityIndex.set(e.id, i); });
    this.relationIndex = new Map();
    const n = this.entities.length;
    const m = this.relations.length;
    this.relFrom = new Int32Array(m);
    this.relTo = new Int32Array(m);
    this.relations.forEach((r, i) => {
      r._i = i;
      this.relationIndex.set(r.id, i);
      this.relFrom[i] = this.entityIndex.get(r.from);
      this.relTo[i] = this.entityIndex.get(r.to);
    });
    [this.outStart, this.outRows] = this.buildRows(n, this.relFrom);
    [this.inStart, this.inRows] = this.buildRows(n, this.relTo);
    const order = [...this.entities.keys()].sort((a, b) => byOrdinal(this.entities[a].id, this.entities[b].id));
    this.idRank = new Int32Array(n);
    order.forEach((e, rank) => { this.idRank[e] = rank; });
    this.byKind = new Map();
    for (const e of this.entities) {
      if (!this.byKind.has(e.kind)) this.byKind.set(e.kind, []);
      this.byKind.get(e.kind).push(e._i);
    }
    this.placeAncestors = this.buildPlaceAncestors();
    this.regionDepth = this.entities.map((e, i) => (e.kind === 'REGION'
      ? this.placeAncestors[i].filter((a) => this.entities[a].kind === 'REGION').length : -1));
    this.stageIndustry = this.buildStageIndustries();
    this.searchForms = this.entities.map(searchFormsOf);
  }

  static load(path) {
    return new Graph(JSON.parse(readFileSync(path, 'utf8')));
  }

  buildRows(n, endOf) {
    const start = new Int32Array(n + 1);
    for (const e of endOf) start[e + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const rows = new Int32Array(endOf.length);
    const fill = start.slice();
    for (let r = 0; r < endOf.length; r++) rows[fill[endOf[r]]++] = r;
    for (let e = 0; e < n; e++) {
      const row = rows.subarray(start[e], start[e + 1]);
      if (row.length > 1) row.sort((a, b) => byOrdinal(this.relations[a].id, this.relations[b].id));
    }
    return [start, rows];
  }

  entity(id) {
    const i = this.entityIndex.get(id);
    return i === undefined ? null : this.entities[i];
  }

  indexOf(id) {
    const i = this.entityIndex.get(id);
    return i === undefined ? -1 : i;
  }

  outOf(e) { return this.outRows.subarray(this.outStart[e], this.outStart[e + 1]); }

  inOf(e) { return this.inRows.subarray(this.inStart[e], this.inStart[e + 1]); }

  degreeOf(e) { return this.outStart[e + 1] - this.outStart[e] + this.inStart[e + 1] - this.inStart[e]; }

  isPlace(e) { const k = this.entities[e].kind; return k === 'REGION' || k === 'INDUSTRIAL_COMPLEX'; }

  isValid(r, asOf) {
    if (!asOf) return true;
    const rel = this.relations[r];
    return (!rel.since || rel.since <= asOf) && (!rel.until || asOf < rel.until);
  }

  buildPlaceAncestors() {
    const ancestors = new Array(this.entities.length);
    const visiting = new Set();
    const resolve = (place, depth) => {
      if (ancestors[place]) return ancestors[place];
      if (depth >= MAX_CONTAINMENT_DEPTH || visiting.has(place)) return [];
      visiting.add(place);
      const result = [];
      for (let k = this.outStart[place], end = this.outStart[place + 1]; k < end; k++) {
        const r = this.outRows[k];
        if (this.relations[r].type !== 'LOCATED_IN') continue;
        const parent = this.relTo[r];
        if (!result.includes(parent)) result.push(parent);
        for (const above of resolve(parent, depth + 1)) {
          if (above !== place && !result.includes(above)) result.push(above);
        }
      }
      visiting.delete(place);
      ancestors[place] = result;
      return result;
    };
    for (let e = 0; e < this.entities.length; e++) {
      if (this.isPlace(e)) resolve(e, 0); else ancestors[e] = [];
    }
    return ancestors;
  }

  buildStageIndustries() {
    const industry = new Int32Array(this.entities.length).fill(-1);
    for (const stage of this.byKind.get('VALUE_CHAIN_STAGE') ?? []) {
      for (let k = this.outStart[stage], end = this.outStart[stage + 1]; k < end; k++) {
        const r = this.outRows[k];
        if (this.relations[r].type === 'STAGE_OF') { industry[stage] = this.relTo[r]; break; }
      }
      const declared = this.entities[stage].stage?.industry;
      if (industry[stage] < 0 && declared) industry[stage] = this.indexOf(declared);
    }
    return industry;
  }

  /** The places an entity is LOCATED_IN, transitively (valid on asOf when given). */
  addAncestors(e, asOf, into) {
    for (let k = this.outStart[e], end = this.outStart[e + 1]; k < end; k++) {
      const r = this.outRows[k];
      if (this.relations[r].type !== 'LOCATED_IN' || !this.isValid(r, asOf)) continue;
      const place = this.relTo[r];
      if (into.has(place)) continue;
      into.add(place);
      if (!asOf) {
        for (const a of this.placeAncestors[place]) into.add(a);
      } else {
        this.addAncestorsAsOf(place, asOf, into, 1);
      }
    }
  }

  addAncestorsAsOf(place, asOf, into, depth) {
    if (depth >= MAX_CONTAINMENT_DEPTH) return;
    for (let k = this.outStart[place], end = this.outStart[place + 1]; k < end; k++) {
      const r = this.outRows[k];
      if (this.relations[r].type === 'LOCATED_IN' && this.isValid(r, asOf) && !into.has(this.relTo[r])) {
        into.add(this.relTo[r]);
        this.addAncestorsAsOf(this.relTo[r], asOf, into, depth + 1);
      }
    }
  }

  /** The deepest containing region (ties by ID), or null. */
  smallestRegion(e) {
    const ancestors = new Set();
    this.addAncestors(e, null, ancestors);
    let best = -1;
    for (const place of ancestors) {
      if (this.entities[place].kind !== 'REGION' || place === e) continue;
      if (best < 0 || this.regionDepth[place] > this.regionDepth[best]
        || (this.regionDepth[place] === this.regionDepth[best] && this.entities[place].id < this.entities[best].id)) {
        best = place;
      }
    }
    return best < 0 ? null : this.entities[best];
  }

  /** Entities located (transitively) in any of the places, not the places themselves. */
  withinSet(placeIds, asOf) {
    const found = new Set();
    const queue = [];
    for (const id of placeIds) {
      const place = this.indexOf(id);
      if (place >= 0 && this.isPlace(place)) queue.push([place, 0]);
    }
    for (let head = 0; head < queue.length; head++) {
      const [place, depth] = queue[head];
      if (depth >= MAX_CONTAINMENT_DEPTH) continue;
      for (let k = this.inStart[place], end = this.inStart[place + 1]; k < end; k++) {
        const r = this.inRows[k];
        if (this.relations[r].type === 'LOCATED_IN' && this.isValid(r, asOf)) {
          const inner = this.relFrom[r];
          if (!found.has(inner)) {
            found.add(inner);
            if (this.isPlace(inner)) queue.push([inner, depth + 1]);
          }
        }
      }
    }
    return found;
  }

  /** The stages of an industry in value-chain order (order, then ID). */
  stagesOf(industry) {
    const orderOf = (e) => this.entities[e].stage?.order ?? Number.MAX_SAFE_INTEGER;
    return (this.byKind.get('VALUE_CHAIN_STAGE') ?? [])
      .filter((s) => this.stageIndustry[s] === industry)
      .sort((a, b) => orderOf(a) - orderOf(b) || byOrdinal(this.entities[a].id, this.entities[b].id));
  }

  activeInSet(activityIds, asOf) {
    const activities = new Set();
    for (const id of activityIds) {
      const a = this.indexOf(id);
      if (a < 0) continue;
      const { kind } = this.entities[a];
      if (kind === 'VALUE_CHAIN_STAGE') activities.add(a);
      else if (kind === 'INDUSTRY') { activities.add(a); for (const s of this.stagesOf(a)) activities.add(s); }
    }
    const found = new Set();
    for (const a of activities) {
      for (let k = this.inStart[a], end = this.inStart[a + 1]; k < end; k++) {
        const r = this.inRows[k];
        if (ACTIVITY_TYPES.has(this.relations[r].type) && this.isValid(r, asOf)) found.add(this.relFrom[r]);
      }
    }
    return found;
  }

  /** Entity indices matching an EntityFilter-like object (kinds, within, activeIn, nameContains, bbox, asOf). */
  match(filter) {
    let start;
    let withinDone = false;
    if (filter.activeIn) start = this.activeInSet(filter.activeIn, filter.asOf);
    else if (filter.within) { start = this.withinSet(filter.within, filter.asOf); withinDone = true; }
    else if (filter.kinds) start = [...new Set(filter.kinds)].flatMap((k) => this.byKind.get(k) ?? []);
    else start = this.entities.keys();
    const withinIds = filter.within && !withinDone ? filter.within.map((id) => this.indexOf(id)).filter((i) => i >= 0) : null;
    const kinds = filter.kinds ? new Set(filter.kinds) : null;
    const needle = filter.nameContains && filter.nameContains.trim() ? fold(filter.nameContains) : null;
    const box = filter.bbox;
    const result = [];
    const ancestors = new Set();
    for (const e of start) {
      const entity = this.entities[e];
      if (kinds && !kinds.has(entity.kind)) continue;
      if (box && !(entity.location && inBox(box, entity.location))) continue;
      if (needle !== null && !this.searchForms[e].some((f) => f.folded.includes(needle))) continue;
      if (withinIds) {
        ancestors.clear();
        this.addAncestors(e, filter.asOf, ancestors);
        if (!withinIds.some((p) => ancestors.has(p))) continue;
      }
      result.push(e);
    }
    return result;
  }

  /** Relation indices of one entity: outgoing then incoming, filtered by type, direction and date. */
  relationsOf(e, { types, direction = 'BOTH', asOf }, take) {
    const typeSet = types ? new Set(types) : null;
    const ok = (r) => (!typeSet || typeSet.has(this.relations[r].type)) && this.isValid(r, asOf);
    for (let k = this.outStart[e], end = this.outStart[e + 1]; k < end; k++) {
      const r = this.outRows[k];
      if (ok(r) && (direction !== 'IN' || this.relations[r].type === 'PARTNERS_WITH')) take(r, this.relTo[r]);
    }
    for (let k = this.inStart[e], end = this.inStart[e + 1]; k < end; k++) {
      const r = this.inRows[k];
      if (ok(r) && (direction !== 'OUT' || this.relations[r].type === 'PARTNERS_WITH')) take(r, this.relFrom[r]);
    }
  }

  neighborsOf(e, query) {
    const kinds = query.kinds ? new Set(query.kinds) : null;
    const seen = new Set();
    const result = [];
    this.relationsOf(e, query, (_, other) => {
      if ((!kinds || kinds.has(this.entities[other].kind)) && !seen.has(other)) { seen.add(other); result.push(other); }
    });
    return result;
  }

  /** Every search hit, best first (score descending, then entity ID). */
  search(text, kinds) {
    const matcher = new Matcher(text);
    const hits = [];
    if (matcher.folded.length === 0) return hits;
    const candidates = kinds ? [...new Set(kinds)].flatMap((k) => this.byKind.get(k) ?? []) : this.entities.keys();
    for (const e of candidates) {
      let best = null;
      for (const form of this.searchForms[e]) {
        const hit = matcher.score(form);
        if (hit && (!best || hit.score > best.score)) best = hit;
      }
      if (best) hits.push({ e, score: best.score, matched: best.matched });
    }
    hits.sort((a, b) => b.score - a.score || byOrdinal(this.entities[a.e].id, this.entities[b.e].id));
    return hits;
  }

  /** Breadth-first neighbourhood, nearer first and by ID within a hop, cut at limit. */
  ecosystem(center, { hops, types, kinds, asOf, limit }) {
    const typeSet = types ? new Set(types) : null;
    const kindSet = kinds ? new Set(kinds) : null;
    const kept = [center];
    const seen = new Set([center]);
    let frontier = [center];
    let truncated = false;
    for (let hop = 0; hop < hops && frontier.length > 0 && !truncated; hop++) {
      let next = [];
      const visit = (r, neighbor) => {
        if ((!typeSet || typeSet.has(this.relations[r].type)) && this.isValid(r, asOf)
          && (!kindSet || kindSet.has(this.entities[neighbor].kind)) && !seen.has(neighbor)) {
          seen.add(neighbor);
          next.push(neighbor);
        }
      };
      for (const node of frontier) {
        for (let k = this.outStart[node], end = this.outStart[node + 1]; k < end; k++) visit(this.outRows[k], this.relTo[this.outRows[k]]);
        for (let k = this.inStart[node], end = this.inStart[node + 1]; k < end; k++) visit(this.inRows[k], this.relFrom[this.inRows[k]]);
      }
      next.sort((a, b) => this.idRank[a] - this.idRank[b]);
      const room = limit - kept.length;
      if (next.length > room) { truncated = true; next = next.slice(0, room); }
      kept.push(...next);
      frontier = next;
    }
    const keptSet = new Set(kept);
    const relations = [];
    for (const node of kept) {
      for (let k = this.outStart[node], end = this.outStart[node + 1]; k < end; k++) {
        const r = this.outRows[k];
        if (keptSet.has(this.relTo[r]) && (!typeSet || typeSet.has(this.relations[r].type)) && this.isValid(r, asOf)) relations.push(r);
      }
    }
    relations.sort((a, b) => byOrdinal(this.relations[a].id, this.relations[b].id));
    return { center: this.entities[center], entities: kept.map((e) => this.entities[e]), relations: relations.map((r) => this.relations[r]), truncated };
  }

  /** One shortest path over the undirected view by bidirectional BFS, or null. */
  shortestPath(from, to, { maxHops, types, excludeKinds, asOf }) {
    const typeSet = types ? new Set(types) : null;
    const excluded = excludeKinds && excludeKinds.length > 0 ? new Set(excludeKinds) : null;
    if (from === to) return { start: this.entities[from], steps: [] };
    const forward = new Map([[from, [-1, -1]]]);
    const backward = new Map([[to, [-1, -1]]]);
    let forwardFrontier = [from];
    let backwardFrontier = [to];
    for (let hops = 0; hops < maxHops && forwardFrontier.length > 0 && backwardFrontier.length > 0;) {
      const expandForward = forwardFrontier.length <= backwardFrontier.length;
      const own = expandForward ? forward : backward;
      const other = expandForward ? backward : forward;
      const next = [];
      const meetings = [];
      for (const node of expandForward ? forwardFrontier : backwardFrontier) {
        for (let pass = 0; pass < 2; pass++) {
          const rows = pass === 0 ? this.outRows : this.inRows;
          const starts = pass === 0 ? this.outStart : this.inStart;
          for (let k = starts[node], end = starts[node + 1]; k < end; k++) {
            const r = rows[k];
            if ((typeSet && !typeSet.has(this.relations[r].type)) || !this.isValid(r, asOf)) continue;
            const neighbor = pass === 0 ? this.relTo[r] : this.relFrom[r];
            if (own.has(neighbor)) continue;
            if (neighbor !== to && neighbor !== from && excluded && excluded.has(this.entities[neighbor].kind)) continue;
            own.set(neighbor, [node, r]);
            next.push(neighbor);
            if (other.has(neighbor)) meetings.push(neighbor);
          }
        }
      }
      hops++;
      if (meetings.length > 0) {
        let meeting = meetings[0];
        for (const m of meetings) if (this.entities[m].id < this.entities[meeting].id) meeting = m;
        return this.toPath(from, this.join(meeting, forward, backward));
      }
      if (expandForward) forwardFrontier = next; else backwardFrontier = next;
    }
    return null;
  }

  join(meeting, forward, backward) {
    const relations = [];
    for (let node = meeting; forward.get(node)[0] >= 0; node = forward.get(node)[0]) relations.push(forward.get(node)[1]);
    relations.reverse();
    for (let node = meeting; backward.get(node)[0] >= 0; node = backward.get(node)[0]) relations.push(backward.get(node)[1]);
    return relations;
  }

  toPath(start, relations) {
    const steps = [];
    let current = start;
    for (const r of relations) {
      const outward = this.relFrom[r] === current;
      const reached = outward ? this.relTo[r] : this.relFrom[r];
      steps.push({ relation: this.relations[r], direction: outward ? 'OUT' : 'IN', entity: this.entities[reached] });
      current = reached;
    }
    return { start: this.entities[start], steps };
  }
}

function inBox(box, point) {
  const inLat = point.lat >= box.south && point.lat <= box.north;
  const inLon = box.west <= box.east ? point.lon >= box.west && point.lon <= box.east : point.lon >= box.west || point.lon <= box.east;
  return inLat && inLon;
}
