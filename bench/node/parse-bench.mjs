// graphql-js's parse on the three benchmark documents, in one warmed-up process; prints wall-clock
// ns/op (median of seven rounds) and CPU ns/op (process.cpuUsage, best of seven rounds, the measure
// `dotnet run ... -- parse-cpu` prints for our parser).
// With "count <document> <n>" (kitchen-sink, large-schema, typical-query) it warms up, then parses one
// document exactly n times, for an instruction counter around the whole process
// (bench/ClusterGraph.Benchmarks/Parsing/count-instructions.sh). parse() is called with its defaults:
// locations on (node.loc with start/end and the token list links), as our parser records them.
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

const [mode, countName, countText] = process.argv.slice(2);
if (mode === 'count') {
  const byName = { 'kitchen-sink': 'kitchen-sink', 'large-schema': 'large-schema (100 KB SDL)', 'typical-query': 'typical query (30 lines)' };
  const source = documents[byName[countName]];
  if (source === undefined) throw new Error(`unknown document ${countName}`);
  const warmUp = countName === 'large-schema' ? 400 : 20000;
  let sink = 0;
  for (let i = 0; i < warmUp; i++) sink += parse(source).definitions.length;
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let the optimizing compiler finish
  for (let i = 0; i < warmUp; i++) sink += parse(source).definitions.length;
  const count = Number(countText);
  for (let i = 0; i < count; i++) sink += parse(source).definitions.length;
  console.log(`${countName} ${count} ${sink}`);
  process.exit(0);
}

if (mode === 'cpu') {
  // CPU time only, the same rounds as the .NET side's parse-cpu mode (bench/ClusterGraph.Benchmarks/Parsing/alternate-cpu.sh).
  const iterations = { 'kitchen-sink': 20000, 'large-schema (100 KB SDL)': 200, 'typical query (30 lines)': 50000 };
  for (const [name, source] of Object.entries(documents)) {
    measureCpu(source, iterations[name]); // warm-up
    measureCpu(source, iterations[name]);
    const rounds = Array.from({ length: 7 }, () => measureCpu(source, iterations[name])).sort((a, b) => a - b);
    console.log(`${name.padEnd(28)} ${rounds[0].toFixed(0).padStart(10)} cpu-ns/op best ${rounds[3].toFixed(0).padStart(10)} median`);
  }
  process.exit(0);
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
