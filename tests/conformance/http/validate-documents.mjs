// Validates GraphQL documents against an SDL schema with graphql-js and prints, as one JSON array,
// each document's error messages (an empty array for a valid document).
// Usage: node http/validate-documents.mjs <schema.graphql> <documents.json (array of strings)>
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';

const [schemaPath, documentsPath] = process.argv.slice(2);
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const documents = JSON.parse(readFileSync(documentsPath, 'utf8'));
const answers = documents.map((text) => {
  try {
    return validate(schema, parse(text)).map((e) => e.message);
  } catch (error) {
    return [String(error.message)];
  }
});
process.stdout.write(JSON.stringify(answers) + '\n');
