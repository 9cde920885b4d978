// graphql-js's execute on the two documents of bench/ClusterGraph.Benchmarks/Execution: same SDL,
// same root value (3 scalars + 50 items, same formula), default resolvers, parsed once; prints ns/op.
// Run from the repository root: node bench/node/execute-bench.mjs
// With "cpu": process CPU time per operation instead (process.cpuUsage, best and median of seven rounds),
// the measure the .NET side's "execute-cpu" mode prints. With "count <case> <n>" (case: small,
// small+write, list, list+write): a fixed warm-up, then n operations of that case and nothing else, for an
// instruction counter around the whole process (bench/ClusterGraph.Benchmarks/Execution/count-instructions.sh).
// (graphql is resolved from tests/conformance/node_modules: run `npm ci` there first.)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(`${root}tests/conformance/package.json`);
const { buildSchema, parse, execute, version } = require('graphql');

const schema = buildSchema(`
  type Query {
    hello: String
    count: Int
    ready: Boolean
    items: [Item!]!
  }

  type Item {
    id: ID!
    name: String
    score: Float
    active: Boolean
  }
`);

const rootValue = JSON.parse(JSON.stringify({
  hello: 'world',
  count: 42,
  ready: true,
  items: Array.from({ length: 50 }, (_, i) => ({ id: `item-${i}`, name: `Item number ${i}`, score: i * 1.5, active: i % 2 === 0 })),
}));

const cases = {
  'small query (3 fields)': parse('{ hello count ready }'),
  'list query (50 objects)': parse('{ items { id name score active } }'),
};

function measure(document, stringify, ms) {
  let iterations = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let now = start;
  let sink = 0;
  while (now < deadline) {
    for (let i = 0; i < 16; i++) {
      const result = execute({ schema, document, rootValue });
      if (result.errors) throw new Error(result.errors[0].message);
      sink += stringify ? JSON.stringify(result).length : 1;
    }
    iterations += 16;
    now = process.hrtime.bigint();
  }
  if (sink === 0) throw new Error('nothing executed');
  return Number(now - start) / iterations;
}

const cpuNs = () => { const { user, system } = process.cpuUsage(); return (user + system) * 1000; };
const operations = {
  small: () => check(execute({ schema, document: cases['small query (3 fields)'], rootValue })),
  'small+write': () => JSON.stringify(check(execute({ schema, document: cases['small query (3 fields)'], rootValue }))).length,
  list: () => check(execute({ schema, document: cases['list query (50 objects)'], rootValue })),
  'list+write': () => JSON.stringify(check(execute({ schema, document: cases['list query (50 objects)'], rootValue }))).length,
};
function check(result) {
  if (result.errors) throw new Error(result.errors[0].message);
  return result;
}

const [mode, caseName, countText] = process.argv.slice(2);
if (mode === 'count') {
  const operation = operations[caseName];
  if (!operation) throw new Error(`unknown case ${caseName}; one of ${Object.keys(operations).join(', ')}`);
  const count = Number(countText);
  for (let i = 0; i < 30000; i++) operation();
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let background compilation finish
  for (let i = 0; i < 30000; i++) operation();
  await new Promise((resolve) => setTimeout(resolve, 500));
  let sink = 0;
  for (let i = 0; i < count; i++) sink += operation() ? 1 : 0;
  console.log(`${caseName} ${count} ${sink}`);
} else if (mode === 'cpu') {
  console.log(`graphql-js ${version}, node ${process.version}`);
  for (const [name, operation] of Object.entries(operations)) {
    const iterations = name.startsWith('small') ? 200000 : 5000;
    const round = () => {
      const cpu = cpuNs();
      for (let i = 0; i < iterations; i++) operation();
      return (cpuNs() - cpu) / iterations;
    };
    round(); // warm-up: let the JIT settle
    const rounds = Array.from({ length: 7 }, round).sort((a, b) => a - b);
    console.log(`${name.padEnd(12)} ${rounds[0].toFixed(0).padStart(10)} ns CPU/op best, ${rounds[3].toFixed(0).padStart(10)} median  (rounds ${rounds.map((r) => r.toFixed(0)).join(' ')})`);
  }
} else {
  console.log(`graphql-js ${version}, node ${process.version}`);
  for (const [name, document] of Object.entries(cases)) {
    for (const stringify of [false, true]) {
      measure(document, stringify, 2000); // warm-up: let the JIT settle
      const rounds = Array.from({ length: 7 }, () => measure(document, stringify, 500)).sort((a, b) => a - b);
      const label = `${name}${stringify ? ' + JSON.stringify' : ''}`;
      console.log(`${label.padEnd(44)} ${rounds[3].toFixed(0).padStart(8)} ns/op  (rounds ${rounds.map((r) => r.toFixed(0)).join(' ')})`);
    }
  }
}
