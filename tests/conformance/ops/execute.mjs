// graphql-js's verdict on executing one document: build the schema from SDL, parse, validate with the
// specified rules, then execute over a JSON root value with the default resolvers. Documents
// graphql-js finds invalid are answered {invalid: true} so the corpus can drop them.
import { buildSchema, parse, validate, execute } from 'graphql';

function plainError(error) {
  const out = { message: error.message };
  if (error.locations) out.locations = error.locations;
  if (error.path) out.path = error.path;
  return out;
}

export default async function executeOp(request) {
  let schema;
  try {
    schema = buildSchema(request.sdl);
  } catch (error) {
    return { schemaError: String(error.message) };
  }
  let document;
  try {
    document = parse(request.query);
  } catch (error) {
    return { parseError: error.message };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    return { invalid: true, errors: validationErrors.map(plainError) };
  }
  const result = await execute({
    schema,
    document,
    rootValue: request.root ?? {},
    variableValues: request.variables ?? undefined,
    operationName: request.operationName ?? undefined,
  });
  const out = {};
  if (result.errors) out.errors = result.errors.map(plainError);
  if ('data' in result) out.data = result.data;
  return { result: out };
}
