// Writes bench/documents/large-schema.graphql: a deterministic ~100 KB SDL document (types with
// described fields and arguments, interfaces, unions, enums, inputs, directives, extensions) that
// both parse benchmarks read. Run: node bench/node/make-large-schema.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TARGET_BYTES = 100 * 1024;
let state = 20241122;
const next = (n) => { state = (state * 1103515245 + 12345) % 2147483648; return state % n; };
const pick = (items) => items[next(items.length)];

const scalars = ['String', 'Int', 'Float', 'Boolean', 'ID', 'DateTime'];
const words = ['cluster', 'company', 'region', 'product', 'supplier', 'patent', 'employee', 'facility', 'export', 'grant'];
const typeName = (i) => `Entity${i}`;
const fieldName = (i) => `${pick(words)}${pick(['Count', 'Name', 'Id', 'Score', 'List', 'Since', ''])}${i}`;

function typeRef(types) {
  const named = next(3) === 0 && types > 0 ? typeName(next(types)) : pick(scalars);
  const inner = next(2) ? `${named}!` : named;
  const wrapped = next(4) === 0 ? `[${inner}]` : inner;
  return next(3) === 0 ? `${wrapped}!` : wrapped;
}

const parts = ['scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")\n',
  'directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT\n',
  'interface Node {\n  id: ID!\n}\n'];
let size = parts.join('\n').length;
for (let i = 0; size < TARGET_BYTES; i++) {
  let text;
  switch (next(6)) {
    case 0:
      text = `enum Kind${i} {\n${Array.from({ length: 3 + next(6) }, (_, v) => `  "Value ${v} of kind ${i}."\n  VALUE_${v}${next(5) === 0 ? ' @deprecated(reason: "Use another value.")' : ''}`).join('\n')}\n}\n`;
      break;
    case 1:
      text = `input Filter${i} @oneOf {\n${Array.from({ length: 2 + next(5) }, (_, f) => `  ${fieldName(f)}: ${typeRef(i).replace(/!$/, '')}${next(3) === 0 ? ' = null' : ''}`).join('\n')}\n}\n`;
      break;
    case 2:
      text = `union Result${i} = ${Array.from({ length: 2 + next(4) }, () => typeName(next(i + 1))).join(' | ')}\n`;
      break;
    default: {
      const fields = Array.from({ length: 4 + next(8) }, (_, f) => {
        const args = next(3) === 0
          ? `(first: Int = ${next(100)}, after: String, filter: ${pick(scalars)} = ${next(2) ? '"all"' : 'null'})`
          : '';
        const description = next(2) ? `  "The ${pick(words)} ${f} of this entity."\n` : '';
        return `${description}  ${fieldName(f)}${args}: ${typeRef(i)}${next(6) === 0 ? ' @cost(weight: 2)' : ''}`;
      });
      text = `"""\n${typeName(i)} describes one ${pick(words)} record.\nIt is generated for the parse benchmark.\n"""\ntype ${typeName(i)} implements Node @key(fields: "id") {\n  id: ID!\n${fields.join('\n')}\n}\n`;
      if (next(5) === 0) text += `\nextend type ${typeName(i)} {\n  extra${i}: [${pick(scalars)}!]!\n}\n`;
    }
  }
  parts.push(text);
  size += text.length + 1;
}

const target = fileURLToPath(new URL('../documents/large-schema.graphql', import.meta.url));
writeFileSync(target, parts.join('\n'));
console.log(`wrote ${target} (${size} bytes)`);
