// Sends every query of the mix to both servers and diffs the JSON `data` of the answers (object
// keys compared regardless of order; arrays in order). Exit 1 on any difference or error.
// Usage: node check.mjs <ours url> <peer url> <variables.json>
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { MIX, QUERIES } from './mix.mjs';

const [ours, peer, variablesPath] = process.argv.slice(2);
const variables = JSON.parse(readFileSync(variablesPath, 'utf8'));

async function ask(url, name) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: QUERIES[name], variables: variables[name] }),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: await response.json() };
}

function firstDifference(a, b, path = '$') {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  if (Array.isArray(a) && a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[key], b[key], `${path}.${key}`);
    if (d) return d;
  }
  return `${path}: differ`;
}

let failures = 0;
for (const name of MIX) {
  const [a, b] = await Promise.all([ask(ours, name), ask(peer, name)]);
  const problems = [];
  if (a.status !== 200 || a.body.errors) problems.push(`ours: HTTP ${a.status} ${JSON.stringify(a.body.errors ?? '').slice(0, 300)}`);
  if (b.status !== 200 || b.body.errors) problems.push(`peer: HTTP ${b.status} ${JSON.stringify(b.body.errors ?? '').slice(0, 300)}`);
  const difference = firstDifference(a.body.data, b.body.data);
  if (difference) problems.push(`data differs at ${difference}`);
  const size = JSON.stringify(a.body.data ?? null).length;
  if (problems.length === 0) {
    console.log(`${name}: equal (${size} bytes of data)`);
  } else {
    failures++;
    console.log(`${name}: DIFFERENT\n  ${problems.join('\n  ')}`);
  }
}
console.log(failures === 0 ? 'all queries of the mix answer the same data' : `${failures} queries differ`);
process.exit(failures === 0 ? 0 : 1);
