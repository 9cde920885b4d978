// ClusterGraph map: a small example client of the public GraphQL API (POST /graphql). No libraries.
// Everything it shows comes from four queries below; the outline is a static file served beside it.
'use strict';

const COLOURS = {
  REGION: '#8c8c8c', INDUSTRIAL_COMPLEX: '#e6a117', COMPANY: '#2b6cb0', INSTITUTE: '#2f9e44',
  INDUSTRY: '#9c36b5', VALUE_CHAIN_STAGE: '#c2255c', INITIATIVE: '#e8590c',
};
const SIZE = 800;
const PAD = 20;
const SVG_TAGS = new Set(['g', 'path', 'line', 'circle', 'title']);
const CONTROLS = ['industry', 'stage', 'region', 'asOf'];

const FILTERS_QUERY = `query Filters {
  industries { id name(lang: EN) stages { id name(lang: EN) } }
  regions(first: 100) { nodes { id name(lang: EN) level } }
}`;
const MAP_QUERY = `query Map($filter: MapFilter) { clusterMap(filter: $filter, limit: 10000) }`;
const SEARCH_QUERY = `query Search($text: String!) {
  search(text: $text, first: 8) { nodes { matched entity { id kind name(lang: EN) } } }
}`;
const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    id kind name(lang: EN) names { ko en } degree
    region { name(lang: EN) }
    evidence { quote source { title url } }
    relations(first: 50) { nodes { type from { id name(lang: EN) } to { id name(lang: EN) } evidence { quote source { title url } } } }
  }
}`;

let industries = [];
let outline = null;
let selectedId = null;
let drawing = 0; // the latest drawMap call; an older one's late answer is dropped

async function gql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

function el(name, attributes = {}, text = '') {
  const node = SVG_TAGS.has(name)
    ? document.createElementNS('http://www.w3.org/2000/svg', name)
    : document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text) node.textContent = text;
  return node;
}

const $ = (id) => document.getElementById(id);

// ---- filters ---------------------------------------------------------------------------------

// The stage list follows the chosen industry; with none, every industry's stages in groups.
function fillStages() {
  const select = $('stage');
  const keep = select.value;
  select.replaceChildren(el('option', { value: '' }, 'All stages'));
  for (const industry of industries.filter((i) => !$('industry').value || i.id === $('industry').value)) {
    const group = el('optgroup', { label: industry.name });
    for (const stage of industry.stages) group.append(el('option', { value: stage.id }, stage.name));
    select.append(group);
  }
  select.value = keep;
  if (select.value !== keep) select.value = '';
}

// clusterMap's MapFilter from the controls; a stage is narrower than its industry, so it wins.
function currentFilter() {
  const filter = {};
  const activity = $('stage').value || $('industry').value;
  if (activity) filter.activeIn = [activity];
  if ($('region').value) filter.within = [$('region').value];
  if ($('asOf').value) filter.asOf = $('asOf').value;
  if ($('relations').checked) filter.includeRelations = true;
  return filter;
}

// The URL mirrors the filters (?industry=&stage=&region=&asOf=&relations=1), so a view can be shared.
function saveToUrl() {
  const params = new URLSearchParams();
  for (const id of CONTROLS) if ($(id).value) params.set(id, $(id).value);
  if ($('relations').checked) params.set('relations', '1');
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
}

function loadFromUrl() {
  const params = new URLSearchParams(location.search);
  $('industry').value = params.get('industry') ?? '';
  fillStages();
  for (const id of ['stage', 'region', 'asOf']) $(id).value = params.get(id) ?? '';
  $('relations').checked = params.get('relations') === '1';
}

// ---- drawing ---------------------------------------------------------------------------------

function bounds(positions) {
  const lons = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  return { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
}

// Equirectangular projection fitted to a box: x = lon·cos(mid-latitude), y = -lat. Good enough at
// Korea's size, and simple to read.
function projection({ west, east, south, north }) {
  const k = Math.cos(((south + north) / 2) * Math.PI / 180);
  const scale = (SIZE - 2 * PAD) / Math.max((east - west) * k, north - south);
  const left = PAD + (SIZE - 2 * PAD - (east - west) * k * scale) / 2;
  const top = PAD + (SIZE - 2 * PAD - (north - south) * scale) / 2;
  return ([lon, lat]) => [left + (lon - west) * k * scale, top + (north - lat) * scale];
}

const rings = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat();
const korea = () => outline.features.find((f) => f.properties.iso3166Numeric === '410');

// The whole country, or (with a region chosen) the drawn points with at least 0.3° around them.
function viewBox(points) {
  const country = bounds(rings(korea().geometry).flat());
  const inside = points.map((p) => p.geometry.coordinates)
    .filter(([lon, lat]) => lon >= country.west && lon <= country.east && lat >= country.south && lat <= country.north);
  if (!$('region').value || inside.length === 0) return country;
  const box = bounds(inside);
  const lon = (box.west + box.east) / 2;
  const lat = (box.south + box.north) / 2;
  const half = Math.max(0.3, (box.east - box.west) * 0.6, (box.north - box.south) * 0.6);
  return { west: lon - half, east: lon + half, south: lat - half, north: lat + half };
}

function drawOutline(project) {
  $('outline').replaceChildren(...outline.features.map((country) => el('path', {
    class: country.properties.iso3166Numeric === '410' ? 'country' : 'context',
    d: rings(country.geometry).map((ring) => 'M' + ring.map((p) => project(p).map((v) => v.toFixed(1)).join(',')).join('L') + 'Z').join(''),
  })));
}

// Entities located only to a region share its centre; fan them out in a ring so each can be clicked.
function placePoints(points, project) {
  const groups = new Map();
  for (const point of points) {
    const key = point.geometry.coordinates.join(',');
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  const placed = new Map();
  for (const group of groups.values()) {
    const [x, y] = project(group[0].geometry.coordinates);
    const radius = group.length > 1 ? 6 + 2.5 * group.length : 0;
    group.forEach((point, i) => {
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      placed.set(point.properties.id, [x + radius * Math.cos(angle), y + radius * Math.sin(angle)]);
    });
  }
  return placed;
}

// #map's data-state is 'loading' until the latest filter's points are drawn, then 'ready'.
async function drawMap() {
  const mine = ++drawing;
  $('map').dataset.state = 'loading';
  const map = (await gql(MAP_QUERY, { filter: currentFilter() })).clusterMap;
  if (mine !== drawing) return;
  const points = map.features.filter((f) => f.geometry.type === 'Point');
  const lines = map.features.filter((f) => f.geometry.type === 'LineString');
  const project = projection(viewBox(points));
  drawOutline(project);

  const placed = placePoints(points, project);
  const onMap = ([x, y]) => x >= 0 && x <= SIZE && y >= 0 && y <= SIZE;
  const shown = points.filter((p) => onMap(placed.get(p.properties.id)));
  const names = new Map(points.map((p) => [p.properties.id, p.properties.names.en ?? p.properties.names.ko]));

  $('lines').replaceChildren(...lines
    .filter((l) => onMap(placed.get(l.properties.from)) && onMap(placed.get(l.properties.to)))
    .map((l) => {
      const [[x1, y1], [x2, y2]] = [placed.get(l.properties.from), placed.get(l.properties.to)];
      const line = el('line', { x1: x1.toFixed(1), y1: y1.toFixed(1), x2: x2.toFixed(1), y2: y2.toFixed(1), 'data-id': l.properties.id });
      line.append(el('title', {}, `${names.get(l.properties.from)} ${l.properties.type} ${names.get(l.properties.to)}`));
      return line;
    }));

  // Big points first so small ones stay clickable on top.
  $('points').replaceChildren(...[...shown].sort((a, b) => b.properties.degree - a.properties.degree).map((point) => {
    const p = point.properties;
    const [x, y] = placed.get(p.id);
    const circle = el('circle', {
      cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 1.5 * Math.sqrt(p.degree)).toFixed(1),
      fill: COLOURS[p.kind] ?? '#000', 'data-id': p.id, 'data-kind': p.kind,
    });
    if (p.id === selectedId) circle.classList.add('selected');
    circle.append(el('title', {}, `${names.get(p.id)} (${p.kind})`));
    circle.addEventListener('click', () => showEntity(p.id));
    return circle;
  }));

  $('count').textContent = String(shown.length);
  $('relation-count').textContent = $('relations').checked ? `, ${$('lines').childElementCount} relations` : '';
  const outside = points.length - shown.length;
  $('outside').textContent = outside ? ` (${outside} more outside this view)` : '';
  $('map').dataset.state = 'ready';
}

// ---- side panel and search -------------------------------------------------------------------

function quotes(evidence) {
  return evidence.filter((e) => e.quote).map((e) => {
    const block = el('blockquote', {}, e.quote);
    const cite = el('cite', {}, '— ');
    cite.append(e.source.url ? el('a', { href: e.source.url, target: '_blank', rel: 'noopener' }, e.source.title) : e.source.title);
    block.append(el('br'), cite);
    return block;
  });
}

async function showEntity(id) {
  selectedId = id;
  document.querySelectorAll('#points circle').forEach((c) => c.classList.toggle('selected', c.dataset.id === id));
  const { entity } = await gql(ENTITY_QUERY, { id });
  if (id !== selectedId) return; // another point was clicked meanwhile
  const panel = $('panel');
  if (!entity) {
    panel.replaceChildren(el('p', {}, `No entity ${id}.`));
    return;
  }
  panel.replaceChildren(
    el('h2', {}, entity.name),
    el('p', {}, `${entity.names.ko ?? ''} · ${entity.kind} · ${entity.degree} relations${entity.region ? ' · ' + entity.region.name : ''}`),
    ...quotes(entity.evidence));
  for (const relation of entity.relations.nodes) {
    const other = relation.from.id === id ? relation.to : relation.from;
    panel.append(el('h3', {}, `${relation.type} ${other.name}`), ...quotes(relation.evidence));
  }
}

async function search() {
  const text = $('search').value.trim();
  const hits = text ? (await gql(SEARCH_QUERY, { text })).search.nodes : [];
  if (text !== $('search').value.trim()) return; // a newer keystroke's answer will follow
  $('results').replaceChildren(...hits.map((hit) => {
    const button = el('button', { type: 'button', 'data-id': hit.entity.id }, `${hit.entity.name} (${hit.entity.kind}) · ${hit.matched}`);
    button.addEventListener('click', () => {
      $('results').replaceChildren();
      showEntity(hit.entity.id).catch(showError);
    });
    const item = el('li');
    item.append(button);
    return item;
  }));
}

function showError(error) {
  $('count').textContent = 'error: ' + error.message;
}

// ---- start -----------------------------------------------------------------------------------

async function start() {
  for (const [kind, colour] of Object.entries(COLOURS)) {
    $('legend').append(el('span', { style: `background:${colour}` }), document.createTextNode(kind));
  }
  const [filters, outlineResponse] = await Promise.all([gql(FILTERS_QUERY), fetch('/map/korea.geojson')]);
  outline = await outlineResponse.json();
  industries = filters.industries;
  for (const industry of industries) $('industry').append(el('option', { value: industry.id }, industry.name));
  for (const region of filters.regions.nodes.filter((r) => r.level !== 'COUNTRY')) {
    $('region').append(el('option', { value: region.id }, `${region.name} (${region.level.toLowerCase().replaceAll('_', ' ')})`));
  }
  loadFromUrl();

  $('industry').addEventListener('change', fillStages);
  for (const id of [...CONTROLS, 'relations']) {
    $(id).addEventListener('change', () => { saveToUrl(); drawMap().catch(showError); });
  }
  let typing;
  $('search').addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => search().catch(showError), 200);
  });
  await drawMap();
}

start().catch(showError);
