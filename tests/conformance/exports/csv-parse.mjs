// Parses an export's CSV with csv-parse (strict: no relaxed quotes or column counts) and prints
// {records} — every row as an array of strings, header first — or {error} when csv-parse rejects it.
// usage: node exports/csv-parse.mjs <file.csv>
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: node exports/csv-parse.mjs <file.csv>');
  process.exit(2);
}

let answer;
try {
  // bom: a leading U+FEFF would otherwise stick to the first header; the records keep every other byte.
  answer = { records: parse(readFileSync(path, 'utf8'), { bom: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) };
} catch (error) {
  answer = { error: `${error.code ?? 'ERROR'}: ${error.message}` };
}
console.log(JSON.stringify(answer));
