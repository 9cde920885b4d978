// One Node process answers a whole corpus: JSON lines in (stdin), JSON lines out (stdout), in order.
// Each request is {"op": "<name>", ...}; ops/<name>.mjs default-exports a function (request) -> response
// (sync or async). A request that throws unexpectedly answers {"crash": "<message>"} so one bad case
// cannot hide the rest of the corpus.
import { createInterface } from 'node:readline';

const ops = new Map();

async function loadOp(name) {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`bad op name: ${name}`);
  if (!ops.has(name)) ops.set(name, (await import(`./ops/${name}.mjs`)).default);
  return ops.get(name);
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  let response;
  try {
    const request = JSON.parse(line);
    response = await (await loadOp(request.op))(request);
  } catch (error) {
    response = { crash: String(error?.stack ?? error) };
  }
  process.stdout.write(JSON.stringify(response) + '\n');
}
