// graphql-js's parse on the three benchmark documents, in one warmed-up process; prints wall-clock
// ns/op (median of seven rounds) and CPU ns/op (process.cpuUsage, best of seven rounds, the measure
// `dotnet run ... -- parse-cpu` prints for our parser).
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

// CPU time per call over a fixed number of calls (includes V8's GC threads, as .NET's includes its own).
function measureCpu(source, iterations) {
  const before = process.cpuUsage();
  let sink = 0;
  for (let i = 0; i < iterations; i++) sink += parse(source).definitions.length;
  if (sink === 0) throw new Error('nothing parsed');
  const used = process.cpuUsage(before);
  return ((used.user + used.system) * 1000) / iterations;
}

const cpuIterations = { 'kitchen-sink': 20000, 'large-schema (100 KB SDL)': 200, 'typical query (30 lines)': 50000 };

console.log(`graphql-js ${version}, node ${process.version}`);
for (const [name, source] of Object.entries(documents)) {
  measure(source, 2000); // warm-up: let the JIT settle
  const rounds = Array.from({ length: 7 }, () => measure(source, 500)).sort((a, b) => a - b);
  const median = rounds[3];
  const cpu = Math.min(...Array.from({ length: 7 }, () => measureCpu(source, cpuIterations[name])));
  console.log(`${name.padEnd(28)} ${median.toFixed(0).padStart(10)} ns/op  ${cpu.toFixed(0).padStart(10)} cpu-ns/op  (wall rounds ${rounds.map((r) => r.toFixed(0)).join(' ')})`);
}
