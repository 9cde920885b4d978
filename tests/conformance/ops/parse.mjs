// graphql-js's parse outcome for one document: the printed AST, or the syntax error's message and
// location. With "ast": true also the AST itself as plain JSON (loc reduced to {start, end}).
import { parse, print } from 'graphql';
import { sourceOf } from './source.mjs';

function plainAst(node) {
  return JSON.parse(JSON.stringify(node, (key, value) =>
    key === 'loc' && value ? { start: value.start, end: value.end } : value));
}

export default function parseOp(request) {
  const options = {};
  if (request.maxTokens !== undefined) options.maxTokens = request.maxTokens;
  if (request.noLocation) options.noLocation = true;
  try {
    const document = parse(sourceOf(request), options);
    const response = { ok: true, printed: print(document) };
    if (request.ast) response.ast = plainAst(document);
    return response;
  } catch (error) {
    if (!error?.locations) throw error;
    const [{ line, column }] = error.locations;
    return { ok: false, message: error.message, line, column };
  }
}
