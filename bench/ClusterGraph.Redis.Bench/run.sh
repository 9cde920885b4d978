#!/usr/bin/env bash
# Runs redis-benchmark and this client against the same fresh redis-server (loopback, no persistence).
# Usage: bench/ClusterGraph.Redis.Bench/run.sh [clients=50] [requests=200000] [valueSize=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-50}; requests=${2:-200000}; size=${3:-32}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dir=$(mktemp -d)
redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save "" --appendonly no --logfile "$dir/redis.log" &
pid=$!
trap 'kill -9 $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
dotnet build bench/ClusterGraph.Redis.Bench -c Release --artifacts-path /tmp/art-redis -v q -nologo >/dev/null
echo "== redis-benchmark -t set,get -c $clients -n $requests -d $size"
redis-benchmark -p "$port" -t set,get -c "$clients" -n "$requests" -d "$size" --csv
echo "== ClusterGraph.Redis, 1 connection"
dotnet /tmp/art-redis/bin/ClusterGraph.Redis.Bench/release/ClusterGraph.Redis.Bench.dll "$port" "$clients" "$requests" "$size" 1
echo "== ClusterGraph.Redis, 1 caller (no multiplexing gain: pure round-trip latency)"
dotnet /tmp/art-redis/bin/ClusterGraph.Redis.Bench/release/ClusterGraph.Redis.Bench.dll "$port" 1 50000 "$size" 1
echo "== redis-benchmark -c 1 (same)"
redis-benchmark -p "$port" -t set,get -c 1 -n 50000 -d "$size" --csv
echo "== redis-benchmark -c 1 -P 50 (one connection, 50 commands pipelined: what one multiplexed connection can reach)"
redis-benchmark -p "$port" -t set,get -c 1 -P 50 -n "$requests" -d "$size" --csv
