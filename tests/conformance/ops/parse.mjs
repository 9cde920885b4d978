// graphql-js's parse outcome for one document: the printed AST, or the syntax error's message and
// location. With "ast": true also the AST itself as plain JSON (loc reduced to {start, end}).
// Text with lone surrogates (which JSON writers replace) travels as "sourceUtf16Base64": its UTF-16LE
// code units in base64.
// "entry" picks the parser entry point: "document" (default), "value", "constValue" or "type".
import { parse, parseConstValue, parseType, parseValue, print } from 'graphql';
import { sourceOf } from './source.mjs';

const entries = { document: parse, value: parseValue, constValue: parseConstValue, type: parseType };

function textOf(request) {
  if (typeof request.sourceUtf16Base64 === 'string') {
    const bytes = Buffer.from(request.sourceUtf16Base64, 'base64');
    let text = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes.readUInt16LE(i));
    return text;
  }
  return sourceOf(request);
}

function plainAst(node) {
  return JSON.parse(JSON.stringify(node, (key, value) =>
    key === 'loc' && value ? { start: value.start, end: value.end } : value));
}

export default function parseOp(request) {
  const options = {};
  if (request.maxTokens !== undefined) options.maxTokens = request.maxTokens;
  if (request.noLocation) options.noLocation = true;
  const entry = entries[request.entry ?? 'document'];
  if (!entry) throw new Error(`unknown entry: ${request.entry}`);
  try {
    const node = entry(textOf(request), options);
    const response = { ok: true, printed: print(node) };
    if (request.ast) response.ast = plainAst(node);
    return response;
  } catch (error) {
    if (!error?.locations) throw error;
    const [{ line, column }] = error.locations;
    // A message can quote half of a surrogate pair (graphql-js slices UTF-16 text); JSON readers
    // elsewhere refuse lone surrogates, so they travel as U+FFFD.
    return { ok: false, message: error.message.toWellFormed(), line, column };
  }
}
