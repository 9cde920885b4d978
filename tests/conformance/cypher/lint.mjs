// Lints every statement of a Cypher catalog with Neo4j's own Cypher front end
// (lintCypherQuery from @neo4j-cypher/language-support), given the full database schema.
//
// Usage: node cypher/lint.mjs <catalog.json>   (the JSON of CypherCatalog.ToJson())
// Output (stdout, one JSON object): {"versions": [...], "results": [{"name", "version", "diagnostics": [...]}]}
//
// The schema handed to the analyzer: the catalog's labels, relationship types, property keys and
// label-to-label patterns; each statement's own example parameters; and exactly the procedures and
// functions the catalog declares, with the signatures Neo4j reports for them (the package's
// recorded SHOW PROCEDURES / SHOW FUNCTIONS of a real server). Anything else a statement uses is
// then reported as missing, so a statement only passes if it fits the declared schema.
// Each Cypher version is linted in its own worker thread (the analysis is CPU-bound).
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const versions = ['CYPHER 5', 'CYPHER 25'];

function pick(registry, names, kind, version) {
  const picked = {};
  for (const name of names) {
    const entry = registry?.[name];
    if (!entry) throw new Error(`${kind} ${name} is not known to Neo4j (${version})`);
    picked[name] = entry;
  }
  return picked;
}

function lintAll(catalog, version) {
  const { schema, statements } = catalog;
  const recorded = testData.mockSchema;
  const procedures = { [version]: pick(recorded.procedures[version], schema.procedures, 'procedure', version) };
  const functions = { [version]: pick(recorded.functions[version], schema.functions, 'function', version) };
  return statements.map(statement => {
    const { diagnostics } = lintCypherQuery(statement.text, {
      labels: schema.labels,
      relationshipTypes: schema.relationshipTypes,
      propertyKeys: schema.propertyKeys,
      graphSchema: schema.graphSchema,
      parameters: statement.parameters ?? {},
      procedures,
      functions,
      defaultLanguage: version,
    });
    return {
      name: statement.name,
      version,
      diagnostics: diagnostics.map(d => ({
        severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : String(d.severity),
        message: d.message,
        offset: d.offsets?.start ?? null,
      })),
    };
  });
}

if (isMainThread) {
  const path = process.argv[2];
  if (!path) throw new Error('usage: node cypher/lint.mjs <catalog.json>');
  const catalog = JSON.parse(readFileSync(path, 'utf8'));
  const perVersion = await Promise.all(versions.map(version => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { catalog, version } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', code => { if (code !== 0) reject(new Error(`lint worker for ${version} exited with ${code}`)); });
  })));
  process.stdout.write(JSON.stringify({ versions, results: perVersion.flat() }) + '\n');
} else {
  parentPort.postMessage(lintAll(workerData.catalog, workerData.version));
}
