// graphql-js's view of a schema: printSchema(buildSchema(sdl)), or, given an introspection result,
// printSchema(buildClientSchema(result)). Errors are reported, not thrown.
import { buildSchema, buildClientSchema, printSchema, getIntrospectionQuery } from 'graphql';

export const introspectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

export default function schemaOp(request) {
  try {
    if (request.introspectionQuery) {
      return { query: getIntrospectionQuery(introspectionOptions) };
    }
    const schema = request.introspection
      ? buildClientSchema(request.introspection)
      : buildSchema(request.sdl);
    return { printed: printSchema(schema) };
  } catch (error) {
    return { error: String(error.message) };
  }
}
