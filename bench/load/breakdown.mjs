// Stopwatch breakdown of the map query by server CPU time: the same server answers variants that
// add one part of the work at a time; CPU µs per request of each (user + system, /proc/<pid>/stat)
// shows where the time goes. Usage: node breakdown.mjs <url> <pid> [seconds]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [url, pid, secondsText = '4'] = process.argv.slice(2);
const kinds = '[COMPANY, INSTITUTE, INDUSTRIAL_COMPLEX, REGION, INITIATIVE]';
const VARIANTS = {
  'baseline { __typename }': '{ __typename }',
  'entity by id': '{ entity(id: "company:amkor-technology-korea") { id name } }',
  'clusterMap limit 1': `{ clusterMap(filter: { kinds: ${kinds} }, limit: 1) }`,
  'clusterMap points': `{ clusterMap(filter: { kinds: ${kinds} }, limit: 2000) }`,
  'clusterMap points + relations (the mix)': `{ clusterMap(filter: { kinds: ${kinds}, includeRelations: true }, limit: 2000) }`,
};

const cpuMs = () => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

function wrk(bodyFile, seconds) {
  const run = spawnSync('taskset', ['-c', '1', 'wrk', '-t1', '-c8', `-d${seconds}s`, '-s', join(here, 'wrk-post.lua'), url], {
    env: { ...process.env, BODY_FILE: bodyFile }, encoding: 'utf8', timeout: (seconds + 30) * 1000,
  });
  return JSON.parse(run.stdout.split('\n').find((l) => l.startsWith('RESULT ')).slice(7));
}

for (const [name, query] of Object.entries(VARIANTS)) {
  const body = `/tmp/breakdown-${process.pid}.json`;
  writeFileSync(body, JSON.stringify({ query }));
  wrk(body, 2);
  const before = cpuMs();
  const r = wrk(body, Number(secondsText));
  const cpu = ((cpuMs() - before) * 1000) / r.requests;
  console.log(`${name.padEnd(42)} ${String(Math.round(cpu)).padStart(6)} µs CPU/request  (${r.requests} requests, bad ${r.bad})`);
}
