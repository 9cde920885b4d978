// Relay connections with keyset cursors in ClusterGraph's cursor format: base64url of the JSON
// array ["cg1", scope, key1, ..., id], so both servers hand out the same cursors and a cursor
// means "after this key" (never an offset).
import { GraphQLError } from 'graphql';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

// System.Text.Json's default encoder escapes everything outside printable ASCII and the
// HTML-sensitive characters as \uXXXX (upper-case hex); JSON.stringify does not, so escape here.
function jsonString(text) {
  let out = '"';
  for (const ch of text) {
    for (let i = 0; i < ch.length; i++) {
      const code = ch.charCodeAt(i);
      const safe = code >= 0x20 && code < 0x7f && !'"&\'+<>\\`'.includes(ch[i]);
      out += safe ? ch[i] : (code === 0x5c ? '\\\\' : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`);
    }
  }
  return `${out}"`;
}

export function encodeCursor(scope, ...keys) {
  const json = `[${['cg1', scope, ...keys].map(jsonString).join(',')}]`;
  return Buffer.from(json, 'utf8').toString('base64url');
}

export function decodeCursor(cursor, scope, keyCount, argument) {
  let parts;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  if (!Array.isArray(parts) || parts[0] !== 'cg1' || parts.some((p) => typeof p !== 'string')) {
    throw badInput(argument, `Invalid cursor in '${argument}': not a cursor issued by this API.`);
  }
  if (parts[1] !== scope || parts.length !== keyCount + 2) {
    throw badInput(argument, `Invalid cursor in '${argument}': the cursor belongs to another list or ordering.`);
  }
  return parts.slice(2);
}

export function badInput(argument, message) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** first/after/last/before as the API reads them: first defaults, both given or out of 0..100 is an error. */
export function pageArgs(args, defaultFirst = DEFAULT_PAGE_SIZE) {
  let { first, last } = args;
  if (first != null && last != null) throw badInput('last', 'Give either "first" or "last", not both.');
  if (first != null && (first < 0 || first > MAX_PAGE_SIZE)) throw badInput('first', `Argument "first" must be between 0 and ${MAX_PAGE_SIZE}; got ${first}.`);
  if (last != null && (last < 0 || last > MAX_PAGE_SIZE)) throw badInput('last', `Argument "last" must be between 0 and ${MAX_PAGE_SIZE}; got ${last}.`);
  if (first == null && last == null) first = defaultFirst;
  return { first, last, after: args.after ?? null, before: args.before ?? null };
}

/**
 * One page of items (indices) under a total order. compareToAfter/compareToBefore compare an item
 * with the decoded cursor (negative: the item sorts before it).
 */
export function cut(items, order, compareToAfter, compareToBefore, page, nodeOf, cursorOf) {
  const forward = page.last == null;
  const size = forward ? page.first : page.last;
  const window = [];
  let beforeAfter = false;
  let afterBefore = false;
  for (const item of items) {
    if (compareToAfter && compareToAfter(item) <= 0) { beforeAfter = true; continue; }
    if (compareToBefore && compareToBefore(item) >= 0) { afterBefore = true; continue; }
    window.push(item);
  }
  window.sort(forward ? order : (a, b) => order(b, a));
  const chosen = window.slice(0, size);
  if (!forward) chosen.reverse();
  const more = window.length > size;
  return connection(
    chosen.map((i) => ({ cursor: cursorOf(i), node: nodeOf(i) })),
    forward ? more : afterBefore,
    forward ? beforeAfter : more,
    items.length,
  );
}

export function connection(edges, hasNextPage, hasPreviousPage, totalCount) {
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    totalCount,
  };
}

const byOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** A page of indices ordered by the ID idOf gives, cursors scoped to `scope`. */
export function pageById(items, idOf, page, scope, nodeOf) {
  const afterId = page.after == null ? null : decodeCursor(page.after, scope, 1, 'after')[0];
  const beforeId = page.before == null ? null : decodeCursor(page.before, scope, 1, 'before')[0];
  return cut(
    items,
    (a, b) => byOrdinal(idOf(a), idOf(b)),
    afterId == null ? null : (i) => byOrdinal(idOf(i), afterId),
    beforeId == null ? null : (i) => byOrdinal(idOf(i), beforeId),
    page,
    nodeOf,
    (i) => encodeCursor(scope, idOf(i)),
  );
}
