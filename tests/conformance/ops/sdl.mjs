// graphql-js's buildSchema on one SDL text, stage by stage: the SDL errors its assertValidSDL finds (with
// locations, from validateSDL, which assertValidSDL runs), else the error building throws, else the
// type-system errors of validateSchema, and the printed schema when it is valid. Errors are reported,
// not thrown.
import { buildSchema, parse, printSchema, validateSchema } from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';

const describe = (error) => ({ message: String(error.message), locations: error.locations ?? [] });

export default function sdlOp(request) {
  let document;
  try {
    document = parse(request.sdl);
  } catch (error) {
    return { stage: 'parse', errors: [describe(error)] };
  }
  const sdlErrors = validateSDL(document);
  let schema;
  try {
    schema = buildSchema(request.sdl);
  } catch (error) {
    // buildSchema joins the SDL errors into one message; hand them back one by one instead.
    return sdlErrors.length > 0
      ? { stage: 'sdl', errors: sdlErrors.map(describe), thrown: String(error.message) }
      : { stage: 'build', errors: [describe(error)] };
  }
  const schemaErrors = validateSchema(schema);
  return schemaErrors.length > 0
    ? { stage: 'schema', errors: schemaErrors.map(describe) }
    : { stage: 'valid', errors: [], printed: printSchema(schema) };
}
