// graphql-js's view of a schema: printSchema(buildSchema(sdl)), or, given an introspection result,
// printSchema(buildClientSchema(result)). With "validate": the SDL and type-system errors graphql-js
// finds. Errors are reported, not thrown.
import { buildSchema, buildClientSchema, printSchema, getIntrospectionQuery, validateSchema } from 'graphql';

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
    if (request.validate) {
      // buildSchema checks the SDL (and throws); validateSchema then checks the type-system rules.
      let schema;
      try {
        schema = buildSchema(request.sdl);
      } catch (error) {
        return { stage: 'sdl', messages: [String(error.message)] };
      }
      return { stage: 'schema', messages: validateSchema(schema).map((e) => e.message) };
    }
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
