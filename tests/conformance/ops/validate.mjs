// graphql-js's validate() with specifiedRules only, for one (schema, document) pair.
// Request: {"op": "validate", "schemaKey": "<name>", "sdl"?: "<SDL>", "document": "<text>"}; the first
// request naming a schema key carries its SDL, later ones reuse the built schema.
// Answer: {"errors": [{"message", "locations": [{"line", "column"}]}]} (empty when valid),
// {"parseError": {...}} when the document does not parse, or {"threw": "<message>"} when validate()
// itself throws (graphql-js crashes on a few invalid documents, e.g. an undefined variable in a @oneOf
// object inside a fragment).
// {"op": "validate", "introspectionQuery": true} answers {"query": getIntrospectionQuery()}.
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';

const schemas = new Map();

function schemaFor(request) {
  if (typeof request.sdl === 'string') schemas.set(request.schemaKey, buildSchema(request.sdl));
  const schema = schemas.get(request.schemaKey);
  if (!schema) throw new Error(`unknown schema key: ${request.schemaKey}`);
  return schema;
}

const plain = (error) => ({
  message: error.message.toWellFormed(),
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});

export default function validateOp(request) {
  if (request.introspectionQuery) return { query: getIntrospectionQuery() };
  const schema = schemaFor(request);
  if (typeof request.document !== 'string') return { ok: true };
  let document;
  try {
    document = parse(request.document);
  } catch (error) {
    if (!error?.locations) throw error;
    return { parseError: plain(error) };
  }
  try {
    return { errors: validate(schema, document, specifiedRules).map(plain) };
  } catch (error) {
    return { threw: String(error?.message ?? error) };
  }
}
