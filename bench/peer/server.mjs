// The bench peer: graphql-yoga serving ClusterGraph's contract schema over an exported graph held
// in memory. Usage: node server.mjs <export.json> [port]   (listens on 127.0.0.1 only)
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSchema, createYoga } from 'graphql-yoga';
import { Graph } from './graph.mjs';
import { Loaders, resolvers } from './resolvers.mjs';

const [exportPath, portText = '5091'] = process.argv.slice(2);
if (!exportPath) {
  console.error('usage: node server.mjs <export.json> [port]');
  process.exit(2);
}

const started = performance.now();
const graph = Graph.load(exportPath);
const schemaPath = fileURLToPath(new URL('../../schema/cluster-graph.graphql', import.meta.url));
const schema = createSchema({ typeDefs: readFileSync(schemaPath, 'utf8'), resolvers: resolvers(graph) });
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  logging: false,
  context: () => ({ loaders: new Loaders(graph) }),
});

const server = createServer(yoga);
server.keepAliveTimeout = 60_000;
server.listen(Number(portText), '127.0.0.1', () => {
  console.log(`peer: ${graph.entities.length} entities, ${graph.relations.length} relations loaded in ${Math.round(performance.now() - started)} ms; listening on http://127.0.0.1:${portText}/graphql`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
