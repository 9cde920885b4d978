#!/usr/bin/env bash
# The GraphQL response cache against a fresh redis-server (loopback, no persistence), with
# redis-benchmark GET of the same payload size as the yardstick for one Redis round trip.
# Usage: bench/ClusterGraph.Redis.Bench/run-cache.sh [iterations=20000]
set -euo pipefail
cd "$(dirname "$0")/../.."
iterations=${1:-20000}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dir=$(mktemp -d)
redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save "" --appendonly no --logfile "$dir/redis.log" &
pid=$!
trap 'kill -9 $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
dotnet build bench/ClusterGraph.Redis.Bench -c Release --artifacts-path /tmp/art-cache -v q -nologo >/dev/null
echo "== ClusterGraph.Redis.Bench cache $port $iterations"
dotnet /tmp/art-cache/bin/ClusterGraph.Redis.Bench/release/ClusterGraph.Redis.Bench.dll cache "$port" "$iterations"
echo "== ClusterGraph.Redis.Bench seed-cache $port $iterations (the engine over the seed graph)"
dotnet /tmp/art-cache/bin/ClusterGraph.Redis.Bench/release/ClusterGraph.Redis.Bench.dll seed-cache "$port" "$iterations"
echo "== redis-benchmark -t set,get -c 1 -n 50000 -d 10240 (one caller, one round trip per command; SET first so GET reads 10 KiB values)"
redis-benchmark -p "$port" -t set,get -c 1 -n 50000 -d 10240 --csv
