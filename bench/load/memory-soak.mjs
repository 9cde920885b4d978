// Memory under steady load (issue 11: "memory of the API process flat across a 10-minute run").
// Sends the queries of the mix in turn with wrk (closed loop, WRK_CONNECTIONS connections, STEP seconds
// each) for MINUTES minutes against one running server and samples its resident set size after every
// step. Prints a table and one RESULT line of JSON: RSS after the first round (warm) and at the end.
// Usage: node memory-soak.mjs <url> <server pid> <body.json> [<body.json> ...]
// Env: MINUTES (10), STEP (10), WRK_CONNECTIONS (16), DRIVER_CPU (1).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [url, pidText, ...bodies] = process.argv.slice(2);
if (!url || !pidText || bodies.length === 0) throw new Error('usage: node memory-soak.mjs <url> <pid> <body.json>...');
const pid = Number(pidText);
const minutes = Number(process.env.MINUTES ?? 10);
const step = Number(process.env.STEP ?? 10);
const connections = Number(process.env.WRK_CONNECTIONS ?? 16);
const driverCpu = process.env.DRIVER_CPU ?? '1';

function rssMiB() {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match[1]) / 1024;
}

const samples = [];
const started = Date.now();
let requests = 0;
let errors = 0;
for (let i = 0; Date.now() - started < minutes * 60_000; i++) {
  const body = bodies[i % bodies.length];
  const run = spawnSync('taskset', ['-c', driverCpu, 'wrk', '-t1', `-c${connections}`, `-d${step}s`, '--timeout', '10s', '-s', join(here, 'wrk-post.lua'), url], {
    env: { ...process.env, BODY_FILE: body }, encoding: 'utf8', timeout: (step + 30) * 1000,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`wrk gave no result: ${run.stdout} ${run.stderr}`);
  const r = JSON.parse(line.slice(7));
  requests += r.requests;
  errors += r.socket_errors + r.bad;
  samples.push({ minute: (Date.now() - started) / 60_000, body, rps: r.requests / (r.duration_us / 1e6), rss: rssMiB() });
  const last = samples.at(-1);
  console.log(`${last.minute.toFixed(2)} min  ${last.rss.toFixed(1)} MiB  ${last.rps.toFixed(0)} rps  ${body.split('/').at(-1)}`);
}

const warm = samples[Math.min(bodies.length, samples.length) - 1];
const end = samples.at(-1);
const peak = Math.max(...samples.map((s) => s.rss));
console.log(`RESULT ${JSON.stringify({ minutes, requests, errors, rss_warm_mib: warm.rss, rss_end_mib: end.rss, rss_peak_mib: peak, growth_mib: end.rss - warm.rss })}`);
