// graphql-js's parse + validate (specifiedRules) on the validation benchmark documents, in one warmed-up
// process; prints CPU time per document (process.cpuUsage, best and median of seven rounds) and wall
// time. With "abuse <name>" instead: one timed run of that abuse-matrix document (built as in
// bench/ClusterGraph.Benchmarks/Validation/ValidationDocuments.cs); some take graphql-js very long, so run
// each in its own process under a timeout.
// Run from the repository root: node bench/node/validate-bench.mjs [abuse <name>]
// (graphql is resolved from tests/conformance/node_modules: run `npm ci` there first.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(`${root}tests/conformance/package.json`);
const { buildSchema, parse, specifiedRules, validate, version } = require('graphql');

const conformance = `${root}tests/ClusterGraph.GraphQL.Tests/Conformance/`;
const kitchenSink = buildSchema(readFileSync(`${conformance}ValidationKitchenSink.graphql`, 'utf8'));
const contract = buildSchema(readFileSync(`${root}../shared/contract/cluster-graph.graphql`, 'utf8'));
const cases = [
  ['kitchen-sink, specified rules', kitchenSink, readFileSync(`${conformance}ValidationKitchenSinkQuery.graphql`, 'utf8'), 500],
  ['contract query, specified rules', contract, readFileSync(`${conformance}ValidationTypicalContractQuery.graphql`, 'utf8'), 2000],
];

const cpuNs = () => { const { user, system } = process.cpuUsage(); return (user + system) * 1000; };

function round(schema, source, iterations) {
  let sink = 0;
  const cpu = cpuNs();
  const wall = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink += validate(schema, parse(source), specifiedRules).length;
  if (sink !== 0) throw new Error('a benchmark document is invalid');
  return { cpu: (cpuNs() - cpu) / iterations, wall: Number(process.hrtime.bigint() - wall) / iterations };
}

const [mode, abuseName] = process.argv.slice(2);
if (mode !== 'abuse') console.log(`graphql-js ${version}, node ${process.version}`);
for (const [name, schema, source, iterations] of mode === 'abuse' ? [] : cases) {
  round(schema, source, iterations); // warm-up: let the JIT settle
  const rounds = Array.from({ length: 7 }, () => round(schema, source, iterations));
  const cpu = rounds.map((r) => r.cpu).sort((a, b) => a - b);
  const wall = rounds.map((r) => r.wall).sort((a, b) => a - b);
  console.log(`${name.padEnd(34)} ${cpu[0].toFixed(0).padStart(10)} ns CPU/op best, ${cpu[3].toFixed(0).padStart(10)} median; wall median ${wall[3].toFixed(0)} ns`);
}

const repeat = (text, count) => text.repeat(count);
function inlineFragments(fragments, fields) {
  let text = '{\n';
  for (let f = 0; f < fragments; f++) {
    text += '  ... on Query {';
    for (let i = 0; i < fields; i++) text += ` f${i}: old`;
    text += ' }\n';
  }
  return `${text}  ... on Query { f0: echo(need: "") }\n}`;
}
function chain(count) {
  let text = '{ ...F0 }\n';
  for (let i = 0; i < count; i++) text += `fragment F${i} on Query { ...F${(i + 1) % count} }\n`;
  return text;
}
function fanOut(levels) {
  let text = '{ ...F0 }\n';
  for (let i = 0; i < levels; i++) text += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
  return `${text}fragment F${levels} on Query { nope }\n`;
}
const abuse = {
  dup10k: `{ ${repeat('old ', 10000)}old: echo(need: "") }`,
  inline200x100: inlineFragments(200, 100),
  cycle1000: chain(1000),
  aliases1000: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: old `).join('')}a0: echo(need: "") }`,
  directives70k: `{ old${repeat(' @include(if: true)', 70000)} }`,
  tokens15k: `{ ${repeat('old ', 14997)}nope }`,
  int1M: `{ echo(count: ${'7'.repeat(1000000)}, need: "") }`,
  fanout20: fanOut(20),
};
for (const [name, source] of Object.entries(abuse).filter(([key]) => mode === 'abuse' && key === abuseName)) {
  const cpu = cpuNs();
  let outcome;
  try {
    outcome = `${validate(kitchenSink, parse(source), specifiedRules).length} errors`;
  } catch (error) {
    outcome = `threw: ${String(error.message).slice(0, 60)}`;
  }
  console.log(`abuse ${name.padEnd(16)} ${((cpuNs() - cpu) / 1e6).toFixed(1).padStart(10)} ms CPU  (${outcome})`);
}
