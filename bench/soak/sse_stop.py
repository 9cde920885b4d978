#!/usr/bin/env python3
"""Checks a clean stop with an open subscription: starts the API (as soak.py does, without Redis), opens a
graphChanged stream over Server-Sent Events, sends SIGTERM, and reports what the client read and how long
the stream and the process took to end. On demand; loopback only.
Usage: bench/soak/sse_stop.py [--dll PATH]
"""
import argparse
import http.client
import json
import os
import signal
import subprocess
import tempfile
import time

from soak import REPO, free_port, get


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dll", default="/tmp/art-soak/bin/ClusterGraph.Api/release/ClusterGraph.Api.dll")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="cg-sse-stop-")
    port = free_port()
    env = dict(os.environ, Urls=f"http://127.0.0.1:{port}", ClusterGraph__DatabasePath=os.path.join(work, "graph.db"),
               ClusterGraph__SeedPath=os.path.join(REPO, "seed"))
    with open(os.path.join(work, "api.log"), "wb") as log:
        api = subprocess.Popen(["dotnet", args.dll], cwd=os.path.dirname(args.dll), env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            for _ in range(480):
                try:
                    if get(port, "/readyz", timeout=2)[0] == 200:
                        break
                except OSError:
                    time.sleep(0.25)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("POST", "/graphql", json.dumps({"query": "subscription { graphChanged { version } }"}),
                         {"Content-Type": "application/json", "Accept": "text/event-stream"})
            response = conn.getresponse()
            sent = time.monotonic()
            api.send_signal(signal.SIGTERM)
            body = response.read().decode("utf-8")  # until the server ends the stream
            stream_ended = time.monotonic() - sent
            code = api.wait(timeout=60)
            exited = time.monotonic() - sent
            print(json.dumps({
                "status": response.status,
                "content_type": response.getheader("Content-Type"),
                "events": [line for line in body.splitlines() if line.startswith("event:")],
                "stream_ended_after_sigterm_s": round(stream_ended, 3),
                "process_exited_after_sigterm_s": round(exited, 3),
                "exit_code": code,
                "wal_bytes_after_exit": os.path.getsize(os.path.join(work, "graph.db-wal")) if os.path.exists(os.path.join(work, "graph.db-wal")) else None,
            }, indent=2))
        finally:
            if api.poll() is None:
                api.kill()


if __name__ == "__main__":
    main()
