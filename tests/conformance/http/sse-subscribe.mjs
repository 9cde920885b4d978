// Subscribes through the graphql-sse client in distinct connections mode and prints one JSON line per
// event ({"next": result}, then {"complete": true} or {"error": message}).
// Usage: node http/sse-subscribe.mjs <url> <query> [variables-json]
import { createClient } from 'graphql-sse';

const [url, query, variables] = process.argv.slice(2);
const client = createClient({ url, singleConnection: false, retryAttempts: 0 });
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

const timer = setTimeout(() => {
  print({ error: 'timed out after 20 s' });
  process.exit(1);
}, 20_000);

await new Promise((resolve) => {
  client.subscribe(
    { query, variables: variables ? JSON.parse(variables) : undefined },
    {
      next: (result) => print({ next: result }),
      error: (error) => {
        print({ error: String(error?.message ?? JSON.stringify(error)) });
        resolve();
      },
      complete: () => {
        print({ complete: true });
        resolve();
      },
    },
  );
});
clearTimeout(timer);
client.dispose();
