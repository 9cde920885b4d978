// Runs graphql-http's server audits (GraphQL over HTTP conformance) against a running endpoint and
// prints one JSON line per audit: {"id","name","status","reason"}. Usage: node http/audit-server.mjs <url>
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http/audit-server.mjs <endpoint url>');
  process.exit(2);
}

for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  let reason = result.reason ?? null;
  if (result.status !== 'ok' && result.response) {
    // The body the server sent makes a failure readable in the test log.
    try {
      reason += ` [status ${result.response.status}] ${await result.response.text()}`;
    } catch {
      // body already consumed by the audit
    }
  }
  process.stdout.write(JSON.stringify({ id: audit.id, name: audit.name, status: result.status, reason }) + '\n');
}
