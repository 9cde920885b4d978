// Resolvers of the contract schema for the fields the bench mix selects (and the plain fields of
// every type). Per-parent fields go through per-request DataLoaders (npm dataloader): one batch
// per field and argument set, as ClusterGraph's resolvers batch.
import DataLoader from 'dataloader';
import { GraphQLScalarType } from 'graphql';
import { fold } from './search.mjs';
import { badInput, cut, decodeCursor, encodeCursor, pageArgs, pageById } from './pages.mjs';

const ENTITY_TYPES = {
  REGION: 'Region',
  INDUSTRIAL_COMPLEX: 'IndustrialComplex',
  COMPANY: 'Company',
  INSTITUTE: 'Institute',
  INDUSTRY: 'Industry',
  VALUE_CHAIN_STAGE: 'ValueChainStage',
  INITIATIVE: 'Initiative',
};
const ORGANIZATION_KINDS = ['COMPANY', 'INSTITUTE'];
const MAX_SEARCH_TEXT = 200;
const byOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const blank = (s) => s == null || s.trim().length === 0;

/** The text in the asked language, falling back to the other one. */
function textIn(text, lang) {
  if (!text) return null;
  const preferred = lang === 'EN' ? text.en : text.ko;
  const other = lang === 'EN' ? text.ko : text.en;
  return blank(preferred) ? (blank(other) ? null : other) : preferred;
}

function bounded(args, name, fallback, min, max) {
  const value = args[name] ?? fallback;
  if (value < min || value > max) throw badInput(name, `Argument "${name}" must be between ${min} and ${max}; got ${value}.`);
  return value;
}

/** The request's DataLoaders. */
export class Loaders {
  constructor(graph) {
    this.graph = graph;
    this.entity = new DataLoader(async (ids) => ids.map((id) => graph.entity(id)));
    this.source = new DataLoader(async (ids) => ids.map((id) => graph.sourceById.get(id) ?? null));
    this.degree = new DataLoader(async (ids) => ids.map((id) => { const e = graph.indexOf(id); return e < 0 ? 0 : graph.degreeOf(e); }));
    this.region = new DataLoader(async (ids) => ids.map((id) => { const e = graph.indexOf(id); return e < 0 ? null : graph.smallestRegion(e); }));
    this.keyed = new Map();
  }

  /** A loader per field and argument set, e.g. every entity's neighbors(first: 5). */
  byArgs(key, batch) {
    let loader = this.keyed.get(key);
    if (!loader) {
      loader = new DataLoader(batch);
      this.keyed.set(key, loader);
    }
    return loader;
  }

  relationsOf(entityId, args) {
    const page = pageArgs(args);
    const query = { types: args.types, direction: args.direction, asOf: args.asOf };
    const { graph } = this;
    return this.byArgs(`relations:${JSON.stringify(args)}`, async (ids) => ids.map((id) => {
      const e = graph.indexOf(id);
      const items = [];
      if (e >= 0) graph.relationsOf(e, query, (r) => items.push(r));
      return pageById(items, (r) => graph.relations[r].id, page, 'relations', (r) => graph.relations[r]);
    })).load(entityId);
  }

  neighborsOf(entityId, query, page, tag) {
    const { graph } = this;
    return this.byArgs(`neighbors:${tag}:${JSON.stringify(query)}:${JSON.stringify(page)}`, async (ids) => ids.map((id) => {
      const e = graph.indexOf(id);
      const items = e < 0 ? [] : graph.neighborsOf(e, query);
      return pageById(items, (i) => graph.entities[i].id, page, 'neighbors', (i) => graph.entities[i]);
    })).load(entityId);
  }

  async linked(entity, type, direction, kinds) {
    const page = await this.neighborsOf(entity.id, { types: [type], kinds, direction }, { first: 1000, last: null, after: null, before: null }, 'linked');
    return page.nodes;
  }
}

/** A page of entities matching a filter, in ID order (the API's list with no orderBy). */
function listEntities(graph, filter, page) {
  const scope = 'entities:';
  return pageById(graph.match(filter), (e) => graph.entities[e].id, page, scope, (e) => graph.entities[e]);
}

function entityFields() {
  return {
    name: (e, { lang }) => textIn(e.names, lang) ?? e.id,
    names: (e) => ({ ko: e.names?.ko ?? null, en: e.names?.en ?? null }),
    aliases: (e) => e.aliases ?? [],
    description: (e, { lang }) => textIn(e.description, lang),
    location: (e) => e.location ?? null,
    region: (e, _, { loaders }) => loaders.region.load(e.id),
    degree: (e, _, { loaders }) => loaders.degree.load(e.id),
    indicators: (e) => e.indicators ?? [],
    evidence: (e) => e.evidence ?? [],
    relations: (e, args, { loaders }) => loaders.relationsOf(e.id, args),
    neighbors: (e, args, { loaders }) => loaders.neighborsOf(
      e.id,
      { types: args.types, kinds: args.kinds, direction: args.direction, asOf: args.asOf },
      pageArgs(args),
      'neighbors',
    ),
  };
}

function organizationFields() {
  return {
    website: (e) => e.company?.website ?? e.institute?.website ?? null,
    activeIn: (e, _, { loaders }) => loaders.linked(e, 'ACTIVE_IN', 'OUT'),
  };
}

const passThrough = (name) => new GraphQLScalarType({
  name,
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: (ast) => ast.value,
});

function resolveNodeType(value) {
  if (value.kind && ENTITY_TYPES[value.kind]) return ENTITY_TYPES[value.kind];
  if (value.title !== undefined) return 'Source';
  return 'Relation';
}

/** The resolver map for graphql-yoga's createSchema. */
export function resolvers(graph) {
  const entityTypes = {};
  for (const typeName of Object.values(ENTITY_TYPES)) entityTypes[typeName] = entityFields();
  Object.assign(entityTypes.Company, organizationFields(), {
    size: (e) => e.company?.size ?? 'UNKNOWN',
    parent: async (e, _, { loaders }) => (await loaders.linked(e, 'SUBSIDIARY_OF', 'OUT', ['COMPANY']))[0] ?? null,
  });
  Object.assign(entityTypes.Institute, organizationFields(), {
    instituteKind: (e) => e.institute?.instituteKind ?? 'RESEARCH_INSTITUTE',
  });
  Object.assign(entityTypes.Region, {
    level: (e) => e.region?.level ?? 'ZONE',
    code: (e) => e.region?.code ?? null,
  });
  Object.assign(entityTypes.IndustrialComplex, { complexKind: (e) => e.complex?.complexKind ?? 'GENERAL' });
  Object.assign(entityTypes.Industry, {
    stages: (e) => graph.stagesOf(e._i).map((s) => graph.entities[s]),
  });
  Object.assign(entityTypes.ValueChainStage, {
    order: (e) => e.stage?.order ?? 0,
    industry: (e) => (graph.stageIndustry[e._i] >= 0 ? graph.entities[graph.stageIndustry[e._i]] : null),
  });
  Object.assign(entityTypes.Initiative, {
    initiativeKind: (e) => e.initiative?.initiativeKind ?? 'PROGRAM',
    date: (e) => e.initiative?.date ?? null,
    endDate: (e) => e.initiative?.endDate ?? null,
  });

  return {
    Date: passThrough('Date'),
    DateTime: passThrough('DateTime'),
    URL: passThrough('URL'),
    GeoJSON: passThrough('GeoJSON'),
    Node: { __resolveType: resolveNodeType },
    Entity: { __resolveType: resolveNodeType },
    Organization: { __resolveType: resolveNodeType },
    ...entityTypes,
    Indicator: {
      name: (i, { lang }) => textIn(i.name, lang) ?? i.key,
      unit: (i) => i.unit ?? null,
      about: (i, _, { loaders }) => (i.about ? loaders.entity.load(i.about) : null),
      target: (i) => i.target ?? false,
    },
    Evidence: {
      source: (ev, _, { loaders }) => loaders.source.load(ev.source),
      quote: (ev) => ev.quote ?? null,
    },
    Relation: {
      from: (r, _, { loaders }) => loaders.entity.load(r.from),
      to: (r, _, { loaders }) => loaders.entity.load(r.to),
      role: (r) => r.role ?? null,
      since: (r) => r.since ?? null,
      until: (r) => r.until ?? null,
      evidence: (r) => r.evidence ?? [],
    },
    PathStep: {},
    Path: { length: (p) => p.steps.length },
    ValueChainStageCoverage: {
      actors: (c, args) => listEntities(
        graph,
        { activeIn: [c.stage.id], within: c.regions, kinds: args.kinds ? args.kinds.filter((k) => ORGANIZATION_KINDS.includes(k)) : ORGANIZATION_KINDS },
        pageArgs(args),
      ),
    },
    Query: {
      node: (_, { id }, ctx) => nodeById(graph, ctx, id),
      entity: (_, { id }, { loaders }) => loaders.entity.load(id),
      search: (_, args) => search(graph, args),
      valueChain: (_, args, ctx) => valueChain(graph, args, ctx),
      path: (_, args) => {
        const maxHops = bounded(args, 'maxHops', 4, 1, 8);
        const from = graph.indexOf(args.from);
        const to = graph.indexOf(args.to);
        if (from < 0 || to < 0) return null;
        return graph.shortestPath(from, to, { maxHops, types: args.types, excludeKinds: args.excludeKinds, asOf: args.asOf });
      },
      ecosystem: (_, args) => {
        const query = {
          hops: bounded(args, 'hops', 1, 1, 3),
          limit: bounded(args, 'limit', 200, 1, 1000),
          types: args.types,
          kinds: args.kinds,
          asOf: args.asOf,
        };
        const center = graph.indexOf(args.of);
        return center < 0 ? null : graph.ecosystem(center, query);
      },
      clusterMap: (_, args) => clusterMap(graph, args),
    },
  };
}

function nodeById(graph, { loaders }, id) {
  if (id.startsWith('source:')) return loaders.source.load(id);
  if (id.startsWith('relation:')) {
    const r = graph.relationIndex.get(id);
    return r === undefined ? null : graph.relations[r];
  }
  return loaders.entity.load(id);
}

function search(graph, args) {
  const { text } = args;
  if (blank(text)) throw badInput('text', 'Search text must not be blank.');
  if (text.length > MAX_SEARCH_TEXT) throw badInput('text', `Search text must be at most ${MAX_SEARCH_TEXT} characters; got ${text.length}.`);
  const page = pageArgs(args, 10);
  if (page.last != null || page.before != null) throw badInput('last', 'Search pages forward only (first/after).');
  const hits = graph.search(text, args.kinds);
  const scope = `search:${fold(text)}`;
  let afterCompare = null;
  if (page.after != null) {
    const [scoreText, id] = decodeCursor(page.after, scope, 2, 'after');
    const score = Number(scoreText);
    if (!Number.isFinite(score)) throw badInput('after', "Invalid cursor in 'after': the score is not a number.");
    afterCompare = (i) => (score < hits[i].score ? -1 : score > hits[i].score ? 1 : byOrdinal(graph.entities[hits[i].e].id, id));
  }
  return cut(
    hits.map((_, i) => i),
    (a, b) => a - b,
    afterCompare,
    null,
    page,
    (i) => ({ entity: graph.entities[hits[i].e], score: hits[i].score, matched: hits[i].matched }),
    (i) => encodeCursor(scope, String(hits[i].score), graph.entities[hits[i].e].id),
  );
}

async function valueChain(graph, args, { loaders }) {
  const industry = await loaders.entity.load(args.industry);
  if (!industry || industry.kind !== 'INDUSTRY') return null;
  const regions = args.regions ?? null;
  const stages = graph.stagesOf(industry._i).map((s) => graph.entities[s]);
  return {
    industry,
    stages: stages.map((stage) => ({
      stage,
      regions,
      companyCount: graph.match({ activeIn: [stage.id], within: regions, kinds: ['COMPANY'] }).length,
      instituteCount: graph.match({ activeIn: [stage.id], within: regions, kinds: ['INSTITUTE'] }).length,
    })),
  };
}

function clusterMap(graph, args) {
  const limit = bounded(args, 'limit', 2000, 1, 10000);
  const input = args.filter ?? {};
  const filter = { kinds: input.kinds, within: input.within, activeIn: input.activeIn, bbox: input.bbox, asOf: input.asOf };
  const matched = graph.match(filter).sort((a, b) => graph.idRank[a] - graph.idRank[b]);
  const located = [];
  let truncated = false;
  for (const e of matched) {
    if (!graph.entities[e].location) continue;
    if (located.length === limit) { truncated = true; break; }
    located.push(e);
  }
  const features = located.map((e) => {
    const entity = graph.entities[e];
    const { lat, lon, precision } = entity.location;
    return {
      type: 'Feature',
      id: entity.id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id: entity.id,
        kind: entity.kind,
        names: { ko: entity.names?.ko ?? null, en: entity.names?.en ?? null },
        degree: graph.degreeOf(e),
        region: graph.smallestRegion(e)?.id ?? null,
        precision,
      },
    };
  });
  if (input.includeRelations && located.length > 0) {
    const members = new Set(located);
    const among = [];
    for (const e of members) {
      for (const r of graph.outOf(e)) {
        if (members.has(graph.relTo[r]) && graph.isValid(r, input.asOf)) among.push(r);
      }
    }
    among.sort((a, b) => byOrdinal(graph.relations[a].id, graph.relations[b].id));
    for (const r of among) {
      const relation = graph.relations[r];
      const from = graph.entities[graph.relFrom[r]].location;
      const to = graph.entities[graph.relTo[r]].location;
      features.push({
        type: 'Feature',
        id: relation.id,
        geometry: { type: 'LineString', coordinates: [[from.lon, from.lat], [to.lon, to.lat]] },
        properties: { id: relation.id, type: relation.type, from: relation.from, to: relation.to, role: relation.role ?? null, confidence: relation.confidence },
      });
    }
  }
  return { type: 'FeatureCollection', features, truncated };
}
