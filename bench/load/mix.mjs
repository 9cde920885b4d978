// The fixed query mix of the peer comparison (issue 11): one document per use, with variables
// per graph (seed: hand-picked; synthetic: picked from the export by pickSyntheticVariables).
export const QUERIES = {
  map: `query Map($kinds: [EntityKind!], $limit: Int) {
  clusterMap(filter: { kinds: $kinds, includeRelations: true }, limit: $limit)
}`,
  entity: `query EntityDetail($id: ID!) {
  entity(id: $id) {
    id kind name names { ko en } aliases description location { lat lon precision }
    region { id name } degree
    indicators { key name value unit target }
    evidence { quote source { id title } }
    ... on Company { size activeIn { id name } parent { id name } }
    neighbors(first: 20) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id kind name(lang: EN) degree region { id } } }
    }
  }
}`,
  ecosystem: `query Ecosystem($id: ID!) {
  ecosystem(of: $id, hops: 2, limit: 200) {
    center { id }
    truncated
    entities { id kind name degree }
    relations { id type from { id } to { id } }
  }
}`,
  search: `query Search($text: String!) {
  search(text: $text, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { score matched entity { id kind name names { ko en } location { lat lon } } } }
  }
}`,
  valueChain: `query ValueChain($industry: ID!, $regions: [ID!]) {
  valueChain(industry: $industry, regions: $regions) {
    industry { id name(lang: EN) }
    stages {
      stage { id name order }
      companyCount instituteCount
      actors(first: 3) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id name
          relations(types: [ACTIVE_IN], first: 1) {
            nodes { id to { id } evidence { quote source { id title } } }
          }
        }
      }
    }
  }
}`,
  path: `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    start { id }
    steps {
      direction
      entity { id name(lang: EN) }
      relation { id type from { id } to { id } evidence { quote source { id } } }
    }
  }
}`,
};

export const MIX = Object.keys(QUERIES);

export const SEED_VARIABLES = {
  map: { kinds: ['COMPANY', 'INSTITUTE', 'INDUSTRIAL_COMPLEX', 'REGION', 'INITIATIVE'], limit: 2000 },
  entity: { id: 'company:amkor-technology-korea' },
  ecosystem: { id: 'company:amkor-technology-korea' },
  search: { text: '반도체' },
  valueChain: { industry: 'industry:semiconductor', regions: ['region:incheon'] },
  path: { from: 'company:amkor-technology-korea', to: 'institute:kitech' },
};

/** Variables for a synthetic export: a well-connected company, its industry and province, a far institute. */
export function pickSyntheticVariables(document) {
  const degree = new Map();
  for (const r of document.relations) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const companies = document.entities.filter((e) => e.kind === 'COMPANY').sort(byId);
  // The company at the 99th percentile of degree: busy but not the hub (whose 2-hop set is the graph).
  const ranked = [...companies].sort((a, b) => (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0) || byId(a, b));
  const company = ranked[Math.floor(ranked.length * 0.99)];
  const institutes = document.entities.filter((e) => e.kind === 'INSTITUTE').sort(byId);
  const institute = institutes[Math.floor(institutes.length / 2)];
  const industry = document.entities.filter((e) => e.kind === 'INDUSTRY').sort(byId)[0];
  const provinces = document.entities.filter((e) => e.kind === 'REGION' && e.region?.level === 'PROVINCE').sort(byId);
  const word = (company.names.en ?? company.names.ko).split(/\s+/)[0];
  return {
    map: { kinds: ['COMPANY', 'INSTITUTE', 'INDUSTRIAL_COMPLEX', 'REGION', 'INITIATIVE'], limit: 2000 },
    entity: { id: company.id },
    ecosystem: { id: company.id },
    search: { text: word },
    valueChain: { industry: industry.id, regions: provinces.slice(0, 1).map((p) => p.id) },
    path: { from: company.id, to: institute.id },
  };
}
