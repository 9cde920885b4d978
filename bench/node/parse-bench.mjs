// graphql-js's parse on the three benchmark documents, in one warmed-up process; prints ns/op.
// Run from the repository root: node bench/node/parse-bench.mjs
// (graphql is resolved from tests/conformance/node_modules: run `npm ci` there first.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(`${root}tests/conformance/package.json`);
const { parse, version } = require('graphql');

const documents = {
  'kitchen-sink': readFileSync(`${root}tests/ClusterGraph.GraphQL.Tests/Conformance/Corpus/kitchen-sink.graphql`, 'utf8'),
  'large-schema (100 KB SDL)': readFileSync(`${root}bench/documents/large-schema.graphql`, 'utf8'),
  'typical query (30 lines)': readFileSync(`${root}bench/documents/typical-query.graphql`, 'utf8'),
};

// Runs parse until `ms` milliseconds have passed; returns ns per call.
function measure(source, ms) {
  let iterations = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let now = start;
  let sink = 0;
  while (now < deadline) {
    for (let i = 0; i < 16; i++) sink += parse(source).definitions.length;
    iterations += 16;
    now = process.hrtime.bigint();
  }
  if (sink === 0) throw new Error('nothing parsed');
  return Number(now - start) / iterations;
}

console.log(`graphql-js ${version}, node ${process.version}`);
for (const [name, source] of Object.entries(documents)) {
  measure(source, 2000); // warm-up: let the JIT settle
  const rounds = Array.from({ length: 7 }, () => measure(source, 500)).sort((a, b) => a - b);
  const median = rounds[3];
  console.log(`${name.padEnd(28)} ${median.toFixed(0).padStart(10)} ns/op  (rounds ${rounds.map((r) => r.toFixed(0)).join(' ')})`);
}
