// Open-loop load at a fixed rate: requests are sent on a schedule (t0 + i / rate) whatever the
// answers do, and latency counts from the scheduled time, so a stall shows in the tail instead of
// slowing the sender (no coordinated omission). Prints one RESULT line of JSON.
// Usage: node open-loop.mjs <url> <body.json> <rate/s> <seconds>
import http from 'node:http';
import { readFileSync } from 'node:fs';

const [url, bodyPath, rateText, secondsText] = process.argv.slice(2);
const rate = Number(rateText);
const seconds = Number(secondsText);
const body = readFileSync(bodyPath);
const target = new URL(url);
// A bounded pool like wrk's connections: requests wait in the agent's queue, their latency still
// counted from the scheduled time.
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(process.env.CONNECTIONS ?? 16) });
const MAX_IN_FLIGHT = 2000;
const total = Math.max(1, Math.floor(rate * seconds));
const latencies = [];
let bad = 0;
let dropped = 0;
let inFlight = 0;
let sent = 0;
let finished = 0;

function send(scheduled) {
  if (inFlight >= MAX_IN_FLIGHT) { dropped++; finished++; return; }
  inFlight++;
  const request = http.request({
    host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent,
    headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': body.length },
  }, (response) => {
    const chunks = [];
    response.on('data', (c) => chunks.push(c));
    response.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (response.statusCode !== 200 || text.includes('"errors"')) bad++;
      latencies.push(performance.now() - scheduled);
      complete();
    });
  });
  request.setTimeout(10_000, () => request.destroy(new Error('timeout')));
  request.on('error', () => { bad++; complete(); });
  request.end(body);
}

function complete() {
  inFlight--;
  finished++;
  if (finished === total) report();
}

function report() {
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN);
  const elapsed = (performance.now() - start) / 1000;
  console.log(`RESULT ${JSON.stringify({ rate, requests: latencies.length, achieved: latencies.length / elapsed, p50_ms: at(0.5), p99_ms: at(0.99), max_ms: latencies.at(-1) ?? NaN, bad, dropped })}`);
  agent.destroy();
}

const start = performance.now();
const timer = setInterval(() => {
  const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
  while (sent < due) {
    send(start + (sent / rate) * 1000);
    sent++;
  }
  if (sent >= total) clearInterval(timer);
}, 1);
