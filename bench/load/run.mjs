// Side-by-side load comparison (issue 11), driven by bench/run.sh. For each graph and each query of
// the mix, in rounds whose server order alternates (A/B), it measures every server: closed-loop
// maximum throughput with wrk after a warm-up, then latency at a fixed rate of 50% of that server's
// own maximum (open-loop). Servers run on one core, the load generators on the other (taskset);
// everything listens on 127.0.0.1; only the processes started here are stopped, by PID.
// Env: BENCH_WORK (data folder), API (the ClusterGraph.Api executable), GRAPHS ("seed 100k"),
// ROUNDS, DURATION (seconds per measurement), WARMUP (seconds before each), PREWARM (seconds per
// server and query before any measurement), CONNECTIONS, SERVER_CPU, DRIVER_CPU, REQUEST_LOG (level of
// ClusterGraph's per-request log line: Warning, i.e. off, unless set to Information).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIX, QUERIES, SEED_VARIABLES, pickSyntheticVariables } from './mix.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;
const work = env.BENCH_WORK ?? '/tmp/cg-bench-peer';
const api = env.API;
const graphs = (env.GRAPHS ?? 'seed').split(/\s+/).filter(Boolean);
const rounds = Number(env.ROUNDS ?? 2);
const seconds = Number(env.DURATION ?? 5);
const warmup = Number(env.WARMUP ?? 2);
const prewarm = Number(env.PREWARM ?? 6);
const connections = Number(env.CONNECTIONS ?? 16);
const serverCpu = env.SERVER_CPU ?? '0';
const driverCpu = env.DRIVER_CPU ?? '1';
const started = [];

const SERVERS = [
  { name: 'cg-nocache', kind: 'ours', port: 5181, // No setting leaves the cache out: L1 off and no Redis host is a pass-through (key computed, nothing stored).
    env: { ClusterGraph__Cache__UseMemoryCache: 'false' } },
  { name: 'peer', kind: 'peer', port: 5184 },
  { name: 'cg-l1', kind: 'ours', port: 5182, env: { ClusterGraph__Cache__UseMemoryCache: 'true', ClusterGraph__Cache__UseRedis: 'false' } },
  {
    name: 'cg-redis', kind: 'ours', port: 5183, env: {
      ClusterGraph__Cache__UseMemoryCache: 'false', ClusterGraph__Cache__UseRedis: 'true',
      ClusterGraph__Redis__Host: '127.0.0.1', ClusterGraph__Redis__Port: '6391',
    },
  },
];

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const f2 = (x) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (text) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);

function rssMiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

// User + system CPU time of a process, in milliseconds (clock ticks of 10 ms).
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

// Output goes to a file, not a pipe: this script blocks in spawnSync while measuring, and a full
// pipe would stall a server that logs.
function start(command, args, options, logName) {
  const out = openSync(join(work, `${logName}.log`), 'w');
  const child = spawn('taskset', ['-c', serverCpu, command, ...args], { ...options, stdio: ['ignore', out, out] });
  closeSync(out);
  started.push(child);
  return child;
}

function stopAll() {
  for (const child of started) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
}

async function waitReady(url, body, timeoutSeconds) {
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(5000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`${url} did not answer within ${timeoutSeconds} s`);
}

function wrk(url, bodyFile, duration) {
  const run = spawnSync('taskset', ['-c', driverCpu, 'wrk', '-t1', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '-s', join(here, 'wrk-post.lua'), url], {
    env: { ...env, BODY_FILE: bodyFile }, encoding: 'utf8', timeout: (duration + 30) * 1000,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`wrk gave no result: ${run.stdout} ${run.stderr}`);
  const r = JSON.parse(line.slice(7));
  return { rps: r.requests / (r.duration_us / 1e6), p50_ms: r.p50_us / 1000, p99_ms: r.p99_us / 1000, errors: r.socket_errors + r.bad, requests: r.requests };
}

function openLoop(url, bodyFile, rate, duration) {
  const run = spawnSync('taskset', ['-c', driverCpu, process.execPath, join(here, 'open-loop.mjs'), url, bodyFile, String(rate), String(duration)], {
    encoding: 'utf8', timeout: (duration + 40) * 1000,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`open-loop gave no result: ${run.stdout} ${run.stderr}`);
  const r = JSON.parse(line.slice(7));
  return { rate, achieved: r.achieved, p50_ms: r.p50_ms, p99_ms: r.p99_ms, errors: r.bad, dropped: r.dropped, requests: r.requests };
}

async function benchGraph(graph) {
  const exportPath = join(work, `${graph}.json`);
  const database = join(work, `${graph}.db`);
  const variables = graph === 'seed' ? SEED_VARIABLES : pickSyntheticVariables(JSON.parse(readFileSync(exportPath, 'utf8')));
  const bodies = {};
  for (const q of MIX) {
    bodies[q] = join(work, `${graph}-${q}.body.json`);
    writeFileSync(bodies[q], JSON.stringify({ query: QUERIES[q], variables: variables[q] }));
  }

  const redis = start('redis-server', ['--port', '6391', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, `${graph}-redis`);
  const processes = {};
  for (const server of SERVERS) {
    const url = `http://127.0.0.1:${server.port}/graphql`;
    if (server.kind === 'ours') {
      const copy = join(work, `${graph}-${server.name}.db`);
      copyFileSync(database, copy);
      // Started from its own folder, so it reads the appsettings.json it ships with (log levels).
      processes[server.name] = start(api, [`--urls=http://127.0.0.1:${server.port}`, `--ClusterGraph:DatabasePath=${copy}`], {
        cwd: dirname(api),
        // The per-request log line (ClusterGraph.Requests at Information) is held to warnings: the peer
        // logs nothing per request, so both do the same work. Its cost is measured apart (RESULTS-peer.md).
        env: { ...env, ...server.env, ClusterGraph__RateLimits__Enabled: 'false', 'Logging__LogLevel__ClusterGraph.Requests': env.REQUEST_LOG ?? 'Warning' },
      }, `${graph}-${server.name}`);
    } else {
      processes[server.name] = start(process.execPath, ['--max-old-space-size=6144', join(here, '..', 'peer', 'server.mjs'), exportPath, String(server.port)], { env }, `${graph}-${server.name}`);
    }
    server.url = url;
  }

  const results = [];
  const memory = {};
  try {
    const ready = JSON.stringify({ query: '{ graphStats { entityCount } }' });
    for (const server of SERVERS) await waitReady(server.url, ready, graph === 'seed' ? 120 : 600);
    for (const server of SERVERS) memory[server.name] = { start: rssMiB(processes[server.name].pid) };
    log(`${graph}: all servers ready; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

    const check = spawnSync(process.execPath, [join(here, 'check.mjs'), SERVERS[0].url, SERVERS[1].url, writeVars(graph, variables)], { encoding: 'utf8', timeout: 300_000 });
    log(`${graph}: check\n${check.stdout}`);
    if (check.status !== 0) throw new Error(`${graph}: the peer's answers differ from ours; not measuring`);

    // .NET tiers methods up (tier 0, instrumented, tier 1) in the background; on a busy machine that
    // takes tens of seconds of load, so every server runs every query before anything is measured.
    for (const server of SERVERS) {
      for (const q of MIX) wrk(server.url, bodies[q], prewarm);
    }
    log(`${graph}: pre-warm done (${prewarm} s per server and query)`);
    for (const q of MIX) {
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? SERVERS : [...SERVERS].reverse();
        for (const server of order) {
          wrk(server.url, bodies[q], round === 0 ? warmup * 2 : warmup);
          const pid = processes[server.name].pid;
          const cpuBefore = cpuMs(pid);
          const max = wrk(server.url, bodies[q], seconds);
          max.cpu_us_per_request = ((cpuMs(pid) - cpuBefore) * 1000) / max.requests;
          const fixed = openLoop(server.url, bodies[q], Math.max(1, Math.round(max.rps / 2)), seconds);
          results.push({ graph, query: q, round, server: server.name, max, fixed, load: loadavg()[0] });
          log(`${graph} ${q} r${round} ${server.name}: max ${max.rps.toFixed(0)} rps cpu ${max.cpu_us_per_request.toFixed(0)} us/req p50 ${f2(max.p50_ms)} p99 ${f2(max.p99_ms)} err ${max.errors}; `
            + `@${fixed.rate}/s p50 ${f2(fixed.p50_ms)} p99 ${f2(fixed.p99_ms)} err ${fixed.errors} dropped ${fixed.dropped} (achieved ${f2(fixed.achieved)})`);
        }
      }
    }
    for (const server of SERVERS) memory[server.name].end = rssMiB(processes[server.name].pid);
  } finally {
    for (const p of [...Object.values(processes), redis]) if (p.exitCode === null) p.kill('SIGTERM');
    await sleep(1500);
  }
  return { graph, variables, results, memory };
}

function writeVars(graph, variables) {
  const path = join(work, `${graph}-variables.json`);
  writeFileSync(path, JSON.stringify(variables));
  return path;
}


function markdown(runs, meta) {
  const out = [];
  out.push(`Run ${meta.begin} → ${meta.end} UTC; load average at start ${meta.loadStart}, at end ${meta.loadEnd}; `
    + `${meta.cpus} × ${meta.cpuModel}, ${meta.memGiB} GiB; ${rounds} rounds, ${seconds} s per measurement, pre-warm ${prewarm} s per server and query, then warm-up ${warmup} s before each measurement (first round ${warmup * 2} s), `
    + `wrk -t1 -c${connections}; servers on CPU ${serverCpu}, load generators on CPU ${driverCpu}.`);
  for (const run of runs) {
    out.push('', `### ${run.graph}`, '', `Variables: \`${JSON.stringify(run.variables)}\``, '');
    out.push('| query | server | max rps (mean of rounds) | max rps per round | server CPU µs per request (mean) | p50 / p99 at max (ms) | fixed rate | p50 / p99 at fixed rate (ms) | fixed rate achieved | not sent (driver behind) | errors | ratio rps vs peer | ratio CPU per request, peer / this |');
    out.push('| --- | --- | ---: | --- | ---: | --- | ---: | --- | --- | ---: | ---: | ---: | ---: |');
    for (const q of MIX) {
      const rows = run.results.filter((r) => r.query === q);
      const peer = mean(rows.filter((r) => r.server === 'peer').map((r) => r.max.rps));
      const peerCpu = mean(rows.filter((r) => r.server === 'peer').map((r) => r.max.cpu_us_per_request));
      for (const server of SERVERS.map((s) => s.name)) {
        const mine = rows.filter((r) => r.server === server);
        if (mine.length === 0) continue;
        const rps = mean(mine.map((r) => r.max.rps));
        const errors = mine.reduce((n, r) => n + r.max.errors + r.fixed.errors, 0);
        out.push(`| ${q} | ${server} | ${rps.toFixed(0)} | ${mine.map((r) => r.max.rps.toFixed(0)).join(', ')} | ${mean(mine.map((r) => r.max.cpu_us_per_request)).toFixed(0)} | `
          + `${mine.map((r) => `${f2(r.max.p50_ms)} / ${f2(r.max.p99_ms)}`).join('; ')} | ${mine.map((r) => r.fixed.rate).join(', ')} | `
          + `${mine.map((r) => `${f2(r.fixed.p50_ms)} / ${f2(r.fixed.p99_ms)}`).join('; ')} | ${mine.map((r) => r.fixed.achieved.toFixed(0)).join(', ')} | ${mine.reduce((n, r) => n + (r.fixed.dropped ?? 0), 0)} | ${errors} | ${server === 'peer' ? '1' : (rps / peer).toFixed(2)}× | ${server === 'peer' ? '1' : (peerCpu / mean(mine.map((r) => r.max.cpu_us_per_request))).toFixed(2)}× |`);
      }
    }
    out.push('', '| server | RSS at start (MiB) | RSS at end (MiB) |', '| --- | ---: | ---: |');
    for (const [name, m] of Object.entries(run.memory)) out.push(`| ${name} | ${m.start?.toFixed(0)} | ${m.end?.toFixed(0)} |`);
  }
  return out.join('\n');
}

process.on('SIGINT', () => { stopAll(); process.exit(130); });
process.on('SIGTERM', () => { stopAll(); process.exit(143); });

if (!api || !existsSync(api)) throw new Error('API must name the built ClusterGraph.Api executable');
const meta = { begin: new Date().toISOString().slice(0, 19), loadStart: loadavg().map((l) => l.toFixed(2)).join(' '), cpus: cpus().length, cpuModel: cpus()[0]?.model, memGiB: (totalmem() / 2 ** 30).toFixed(0) };
const runs = [];
try {
  for (const graph of graphs) runs.push(await benchGraph(graph));
} finally {
  stopAll();
}
meta.end = new Date().toISOString().slice(0, 19);
meta.loadEnd = loadavg().map((l) => l.toFixed(2)).join(' ');
writeFileSync(join(work, 'results.json'), JSON.stringify({ meta, runs }, null, 1));
const text = markdown(runs, meta);
writeFileSync(join(work, 'results.md'), `${text}\n`);
console.log(text);
