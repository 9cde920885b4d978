// Extracts the Korean peninsula's country outlines from Natural Earth (via the world-atlas npm package)
// into korea.geojson beside this script, which the API embeds and serves at /map/korea.geojson.
// Run once after changing the world-atlas pin: node src/ClusterGraph.Api/Explorer/Map/extract-korea.mjs
// (from the repository root, after `npm ci` in tests/conformance). The output is committed; the map
// page never fetches anything from outside the API. An optional argument writes elsewhere (the test
// that checks the committed file is exactly what this script makes from the pinned package uses it).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../../../../tests/conformance/package.json'));
const { feature } = require('topojson-client');
const atlasPackage = require('world-atlas/package.json');
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));

// ISO 3166-1 numeric codes: the Republic of Korea is drawn, the DPRK is kept as faint context.
const WANTED = new Map([['410', 'Republic of Korea'], ['408', 'Democratic People\'s Republic of Korea']]);
// Three decimals of a degree is about 100 m: finer than the 1:10m source's own accuracy.
const round = (value) => Math.round(value * 1000) / 1000;

function roundRing(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const point = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

// Twice the signed area (shoelace): positive for a counter-clockwise ring in lon/lat.
function signedArea(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum;
}

// RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise (world-atlas has them the other way).
function orient(ring, exterior) {
  return (signedArea(ring) > 0) === exterior ? ring : [...ring].reverse();
}

function roundGeometry(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  // A ring needs four positions (closed) to stay valid; rounding can collapse tiny islets (or lakes)
  // below that. An islet whose outline collapses is dropped with its holes.
  const kept = polygons
    .map((polygon) => polygon.map(roundRing))
    .filter((rings) => rings[0].length >= 4)
    .map((rings) => rings.filter((ring) => ring.length >= 4).map((ring, i) => orient(ring, i === 0)));
  return { type: 'MultiPolygon', coordinates: kept };
}

const features = feature(world, world.objects.countries).features
  .filter((country) => WANTED.has(String(country.id)))
  .map((country) => ({
    type: 'Feature',
    id: String(country.id),
    properties: { name: WANTED.get(String(country.id)), iso3166Numeric: String(country.id) },
    geometry: roundGeometry(country.geometry),
  }));
if (features.length !== WANTED.size) throw new Error(`expected ${WANTED.size} countries, found ${features.length}`);

const collection = {
  type: 'FeatureCollection',
  source: `Natural Earth 1:10m Admin 0 countries (public domain), via world-atlas ${atlasPackage.version} countries-10m.json; coordinates rounded to 0.001°`,
  features,
};
const outputPath = process.argv[2] ?? join(here, 'korea.geojson');
writeFileSync(outputPath, JSON.stringify(collection) + '\n');
console.log(JSON.stringify({ path: outputPath, features: features.length, bytes: JSON.stringify(collection).length + 1 }));
