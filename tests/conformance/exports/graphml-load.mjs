// Loads an export's GraphML into a graphology graph with graphology-graphml and prints what the graph
// holds — {type, order, size, nodes: [{key, attributes}], edges: [{key, source, target, attributes}]} —
// or {error} when the parser rejects the file.
// usage: node exports/graphml-load.mjs <file.graphml>
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import graphml from 'graphology-graphml';

const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: node exports/graphml-load.mjs <file.graphml>');
  process.exit(2);
}

let answer;
try {
  const graph = graphml.parse(Graph, readFileSync(path, 'utf8'));
  answer = {
    type: graph.type,
    multi: graph.multi,
    order: graph.order,
    size: graph.size,
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
    edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes })),
  };
} catch (error) {
  answer = { error: String(error?.message ?? error) };
}
console.log(JSON.stringify(answer));
