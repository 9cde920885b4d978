// Open-loop load at a fixed rate: requests are sent on a schedule (t0 + i / rate) whatever the
// answers do, and latency counts from the scheduled time, so a stall shows in the tail instead of
// slowing the sender (no coordinated omission). Prints one RESULT line of JSON.
// Usage: node open-loop.mjs <url> <body.json> <rate/s> <seconds>
//
// It speaks HTTP/1.1 over plain sockets (keep-alive, one request in flight per connection, like wrk)
// instead of node:http, whose per-request cost capped the achievable rate well below what the
// servers sustain. Answers are framed by Content-Length or chunked encoding; a request due while every
// connection is busy waits in a queue, its latency still counted from its scheduled time.
import net from 'node:net';
import { readFileSync } from 'node:fs';

const [url, bodyPath, rateText, secondsText] = process.argv.slice(2);
const rate = Number(rateText);
const seconds = Number(secondsText);
const body = readFileSync(bodyPath);
const target = new URL(url);
const connections = Number(process.env.CONNECTIONS ?? 16);
const MAX_QUEUED = 20_000;
const request = Buffer.concat([
  Buffer.from(`POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: application/json\r\n`
    + `Accept: application/json\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1'),
  body,
]);
const total = Math.max(1, Math.floor(rate * seconds));
const latencies = [];
const queue = []; // scheduled times of requests waiting for a free connection
let bad = 0;
let dropped = 0;
let sent = 0;
let finished = 0;
let reported = false;

// One keep-alive connection: parses answers as bytes arrive.
class Connection {
  constructor() {
    this.busy = false;
    this.scheduled = 0;
    this.buffer = Buffer.alloc(0);
    this.socket = net.connect({ host: target.hostname, port: Number(target.port) });
    this.socket.setNoDelay(true);
    this.socket.on('data', (chunk) => this.receive(chunk));
    this.socket.on('error', () => this.fail());
    this.socket.on('close', () => this.fail());
    this.socket.setTimeout(10_000, () => this.socket.destroy());
  }

  send(scheduled) {
    this.busy = true;
    this.scheduled = scheduled;
    this.socket.write(request);
  }

  receive(chunk) {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const answer = parseAnswer(this.buffer);
    if (answer === null) return;
    this.buffer = this.buffer.subarray(answer.length);
    if (answer.status !== 200 || answer.body.includes('"errors"')) bad++;
    latencies.push(performance.now() - this.scheduled);
    this.busy = false;
    complete();
    this.next();
  }

  next() {
    if (queue.length > 0) this.send(queue.shift());
  }

  fail() {
    if (this.busy) {
      this.busy = false;
      bad++;
      complete();
    }
  }
}

// { status, body, length } of one whole answer at the start of buffer, or null when more bytes are needed.
function parseAnswer(buffer) {
  const headerEnd = buffer.indexOf('\r\n\r\n');
  if (headerEnd < 0) return null;
  const head = buffer.toString('latin1', 0, headerEnd);
  const status = Number(head.slice(9, 12));
  const lengthMatch = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  let at = headerEnd + 4;
  if (lengthMatch) {
    const end = at + Number(lengthMatch[1]);
    return end <= buffer.length ? { status, body: buffer.toString('utf8', at, end), length: end } : null;
  }
  if (!/\r\ntransfer-encoding:\s*chunked/i.test(head)) throw new Error('answer has neither Content-Length nor chunked encoding');
  const parts = [];
  while (true) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = parseInt(buffer.toString('latin1', at, lineEnd), 16);
    const dataStart = lineEnd + 2;
    if (buffer.length < dataStart + size + 2) return null;
    if (size === 0) return { status, body: parts.join(''), length: dataStart + 2 };
    parts.push(buffer.toString('utf8', dataStart, dataStart + size));
    at = dataStart + size + 2;
  }
}

function complete() {
  finished++;
  if (finished === total) report();
}

function report() {
  if (reported) return;
  reported = true;
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN);
  const elapsed = (performance.now() - start) / 1000;
  console.log(`RESULT ${JSON.stringify({ rate, requests: latencies.length, achieved: latencies.length / elapsed, p50_ms: at(0.5), p99_ms: at(0.99), max_ms: latencies.at(-1) ?? NaN, bad, dropped })}`);
  for (const connection of pool) connection.socket.destroy();
  clearTimeout(deadline);
}

const pool = Array.from({ length: connections }, () => new Connection());
const start = performance.now();
// The sender polls with setImmediate (between rounds of I/O) rather than a 1 ms interval timer, whose
// granularity alone added up to a millisecond to every latency; the driver's core is its own, so the
// busy loop costs the servers nothing.
function pump() {
  const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
  while (sent < due) {
    const scheduled = start + (sent / rate) * 1000;
    sent++;
    const idle = pool.find((c) => !c.busy && !c.socket.destroyed);
    if (idle) {
      idle.send(scheduled);
    } else if (queue.length < MAX_QUEUED) {
      queue.push(scheduled);
    } else {
      dropped++;
      complete();
    }
  }
  if (sent < total && !reported) setImmediate(pump);
}
setImmediate(pump);
// Bounded: whatever happens, report and stop 30 s after the schedule ends.
const deadline = setTimeout(() => {
  bad += total - finished;
  report();
}, (seconds + 30) * 1000);
