#!/usr/bin/env python3
"""Soak and fault run for the ClusterGraph API (on demand; loopback only; bounded in time).

Starts redis-server and the API (Release build, embedded store in a temporary folder, Redis as the shared
response cache), drives mixed read load plus curator writes for --minutes, and meanwhile SIGKILLs and
restarts redis-server (twice) and the API process (once). At the end every acknowledged write is read back.

Reports: failed reads (split by what was down at the time), failed reads while Redis was down (must be 0),
lost acknowledged writes (must be 0), and the API's resident memory over time.
Usage: bench/soak/soak.py [--minutes 10] [--readers 4] [--dll PATH] [--out report.json]
"""
import argparse
import collections
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CURATOR_KEY = "soak-curator-key-0123456789abcdef"

READS = [
    ('query Entity { entity(id: "company:amkor-technology-korea") { id name kind } }', None),
    ('query Region { entity(id: "region:incheon") { id name } }', None),
    ('query Page($n: Int) { entities(first: $n) { totalCount edges { node { id name } } } }', {"n": 10}),
    ('query Search($t: String!) { search(text: $t, first: 5) { edges { node { entity { id } score } } } }', {"t": "semiconductor"}),
    ('query Chain { valueChain(industry: "industry:semiconductor") { __typename } }', None),
    ('query Stats { graphStats { version } }', None),
    ('query Sources { sources(first: 5) { edges { node { id } } } }', None),
]
WRITE = "mutation Write($input: SourceInput!) { upsertSource(input: $input) { version errors { message } } }"
READ_BACK = "query ReadBack($ids: [ID!]!) { nodes(ids: $ids) { id } }"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(port, query, variables=None, key=None, timeout=10.0):
    """POSTs a GraphQL request; returns (status, body dict) or raises OSError/ValueError."""
    body = json.dumps({"query": query, "variables": variables or {}})
    headers = {"Content-Type": "application/json", "Accept": "application/graphql-response+json"}
    if key:
        headers["Authorization"] = "Bearer " + key
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", "/graphql", body, headers)
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        conn.close()


def get(port, path, timeout=5.0):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Timeline:
    """Intervals during which Redis or the API was down, and the events that bound them."""

    def __init__(self):
        self.lock = threading.Lock()
        self.redis_down = []  # [start, end]
        self.api_down = []
        self.events = []

    def note(self, text):
        with self.lock:
            self.events.append((time.monotonic(), text))
        print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)

    def was_down(self, intervals, start, end):
        with self.lock:
            return any(s <= end and (e is None or start <= e) for s, e in intervals)


class Soak:
    def __init__(self, args):
        self.args = args
        self.work = tempfile.mkdtemp(prefix="cg-soak-")
        self.api_port = free_port()
        self.redis_port = free_port()
        self.redis = None
        self.api = None
        self.api_log = open(os.path.join(self.work, "api.log"), "ab")
        self.timeline = Timeline()
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.reads = []  # (start, end, ok, detail)
        self.acknowledged = {}  # id -> version
        self.write_failures = 0
        self.rss = []  # (t, pid, kib)
        self.t0 = time.monotonic()

    # processes -----------------------------------------------------------------------------------
    def start_redis(self):
        self.redis = subprocess.Popen(
            ["redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.redis_port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def api_env(self):
        env = dict(os.environ)
        curator_hash = subprocess.check_output(["dotnet", self.args.dll, "hash-key", CURATOR_KEY], text=True).strip()
        env.update({
            "ASPNETCORE_ENVIRONMENT": "Production",
            "Urls": f"http://127.0.0.1:{self.api_port}",
            "ClusterGraph__DatabasePath": os.path.join(self.work, "graph.db"),
            "ClusterGraph__SeedPath": os.path.join(REPO, "seed"),
            "ClusterGraph__Redis__Host": "127.0.0.1",
            "ClusterGraph__Redis__Port": str(self.redis_port),
            "ClusterGraph__ApiKeys__0__Name": "soak-curator",
            "ClusterGraph__ApiKeys__0__Role": "curator",
            "ClusterGraph__ApiKeys__0__Hash": curator_hash,
            # One client IP drives all the load: the budgets are kept in the path but far above it.
            "ClusterGraph__RateLimits__WindowSeconds": "1",
            "ClusterGraph__RateLimits__PerIpPermits": "1000000",
            "ClusterGraph__RateLimits__PerKeyPermits": "1000000",
            "ClusterGraph__RateLimits__PerIpCost": "1000000000",
            "ClusterGraph__RateLimits__PerKeyCost": "1000000000",
        })
        return env

    def start_api(self, env):
        self.api = subprocess.Popen(["dotnet", self.args.dll], cwd=os.path.dirname(self.args.dll), env=env,
                                    stdout=self.api_log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.api.poll() is not None:
                raise RuntimeError(f"the API exited with {self.api.returncode}; see {self.api_log.name}")
            try:
                status, _ = get(self.api_port, "/readyz", timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.25)
        raise RuntimeError("the API did not become ready within 120 s")

    def kill(self, process):
        os.kill(process.pid, signal.SIGKILL)
        process.wait()

    # load ----------------------------------------------------------------------------------------
    def reader(self, seed):
        rng = random.Random(seed)
        while not self.stop.is_set():
            query, variables = rng.choice(READS)
            start = time.monotonic()
            try:
                status, body = post(self.api_port, query, variables)
                ok = status == 200 and "errors" not in body and body.get("data") is not None
                detail = None if ok else f"{status} {json.dumps(body)[:200]}"
            except (OSError, ValueError) as e:
                ok, detail = False, f"{type(e).__name__}: {e}"
            with self.lock:
                self.reads.append((start, time.monotonic(), ok, detail))
            time.sleep(rng.uniform(0.005, 0.02))

    def writer(self):
        n = 0
        while not self.stop.is_set():
            n += 1
            source_id = f"source:soak-{os.getpid()}-{n}"
            variables = {"input": {"id": source_id, "title": f"Soak write {n}", "lang": "EN"}}
            try:
                status, body = post(self.api_port, WRITE, variables, key=CURATOR_KEY)
                result = (body.get("data") or {}).get("upsertSource") or {}
                if status == 200 and "errors" not in body and not result.get("errors") and result.get("version"):
                    with self.lock:
                        self.acknowledged[source_id] = result["version"]
                else:
                    with self.lock:
                        self.write_failures += 1
            except (OSError, ValueError):
                with self.lock:
                    self.write_failures += 1
            time.sleep(0.1)

    def sampler(self):
        while not self.stop.is_set():
            if self.api is not None and self.api.poll() is None:
                kib = rss_kib(self.api.pid)
                if kib is not None:
                    with self.lock:
                        self.rss.append((time.monotonic() - self.t0, self.api.pid, kib))
            self.stop.wait(5)

    # faults --------------------------------------------------------------------------------------
    def redis_outage(self, seconds):
        self.timeline.note(f"SIGKILL redis-server (pid {self.redis.pid})")
        interval = [time.monotonic(), None]
        with self.timeline.lock:
            self.timeline.redis_down.append(interval)
        self.kill(self.redis)
        self.stop.wait(seconds)
        self.start_redis()
        interval[1] = time.monotonic()
        self.timeline.note(f"redis-server restarted (pid {self.redis.pid}) after {seconds} s")

    def api_crash(self, env):
        self.timeline.note(f"SIGKILL API (pid {self.api.pid})")
        interval = [time.monotonic(), None]
        with self.timeline.lock:
            self.timeline.api_down.append(interval)
        self.kill(self.api)
        self.start_api(env)
        interval[1] = time.monotonic()
        self.timeline.note(f"API restarted and ready (pid {self.api.pid}) after {interval[1] - interval[0]:.1f} s")

    def run(self):
        duration = self.args.minutes * 60
        env = self.api_env()
        self.start_redis()
        self.start_api(env)
        self.timeline.note(f"API pid {self.api.pid} on 127.0.0.1:{self.api_port}, redis on :{self.redis_port}, work dir {self.work}")
        threads = [threading.Thread(target=self.reader, args=(i,), daemon=True) for i in range(self.args.readers)]
        threads += [threading.Thread(target=self.writer, daemon=True), threading.Thread(target=self.sampler, daemon=True)]
        for t in threads:
            t.start()

        begin = time.monotonic()
        schedule = [(0.20, lambda: self.redis_outage(20)), (0.50, lambda: self.api_crash(env)), (0.75, lambda: self.redis_outage(20))]
        for fraction, fault in schedule:
            self.stop.wait(max(0, begin + fraction * duration - time.monotonic()))
            fault()
        self.stop.wait(max(0, begin + duration - time.monotonic()))
        self.stop.set()
        for t in threads:
            t.join(timeout=30)
        return self.report(begin)

    def read_back(self):
        ids = sorted(self.acknowledged)
        missing = []
        for i in range(0, len(ids), 100):
            chunk = ids[i:i + 100]
            status, body = post(self.api_port, READ_BACK, {"ids": chunk}, timeout=30)
            nodes = (body.get("data") or {}).get("nodes")
            if status != 200 or nodes is None:
                raise RuntimeError(f"read-back failed: {status} {json.dumps(body)[:300]}")
            found = {n["id"] for n in nodes if n}
            missing += [x for x in chunk if x not in found]
        return missing

    def report(self, begin):
        missing = self.read_back()
        status, metrics = get(self.api_port, "/metrics")
        tl = self.timeline
        failed = [r for r in self.reads if not r[2]]
        during_api = [r for r in failed if tl.was_down(tl.api_down, r[0], r[1])]
        during_redis = [r for r in failed if tl.was_down(tl.redis_down, r[0], r[1]) and r not in during_api]
        other = [r for r in failed if r not in during_api and r not in during_redis]
        reads_while_redis_down = [r for r in self.reads if tl.was_down(tl.redis_down, r[0], r[1])]
        segments = {}
        for t, pid, kib in self.rss:
            segments.setdefault(pid, []).append((round(t), kib))
        report = {
            "minutes": self.args.minutes,
            "readers": self.args.readers,
            "reads": len(self.reads),
            "failed_reads": len(failed),
            "failed_reads_while_api_was_down_or_restarting": len(during_api),
            "reads_while_redis_was_down": len(reads_while_redis_down),
            "failed_reads_while_redis_was_down": len(during_redis),
            "failed_reads_otherwise": len(other),
            "failed_read_kinds": dict(collections.Counter((r[3] or "")[:90] for r in failed).most_common(10)),
            "failed_read_examples": [r[3] for r in (during_redis + other)[:5]],
            "acknowledged_writes": len(self.acknowledged),
            "unacknowledged_write_attempts": self.write_failures,
            "lost_acknowledged_writes": len(missing),
            "lost_examples": missing[:10],
            "events": [(round(t - begin, 1), text) for t, text in tl.events if t >= begin],
            "rss_kib_by_process": {str(pid): samples for pid, samples in segments.items()},
            "final_metrics_redis_connected": [l for l in metrics.splitlines() if l.startswith("clustergraph_redis_connected")],
        }
        return report

    def close(self):
        for process in (self.api, self.redis):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
        self.api_log.close()
        if not self.args.keep:
            shutil.rmtree(self.work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--dll", default="/tmp/art-soak/bin/ClusterGraph.Api/release/ClusterGraph.Api.dll",
                        help="the API built with: dotnet build src/ClusterGraph.Api -c Release --artifacts-path /tmp/art-soak")
    parser.add_argument("--out", help="write the report as JSON here too")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (database, API log)")
    args = parser.parse_args()
    if not 0.5 <= args.minutes <= 120:
        parser.error("--minutes must be between 0.5 and 120")
    if not os.path.exists(args.dll):
        parser.error(f"{args.dll} not found; build it first (see --help)")
    soak = Soak(args)
    try:
        report = soak.run()
    finally:
        soak.close()
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(text + "\n")
    ok = report["lost_acknowledged_writes"] == 0 and report["failed_reads_while_redis_was_down"] == 0
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
