#!/usr/bin/env bash
# The cluster under load, with Debian's wrk: 32 clients for 60 s through the balancer, on the network list API (HTTP
# Basic) and on the network list screen (32 signed-in sessions), with two nodes serving, then one, then two again with
# one killed (SIGKILL) 20 s into the run. Prints one line per run: requests per second, median, 99th percentile, errors.
#
# Against a cluster that landscape-cluster.sh start (or ./mvnw -Pcluster) is running, with the same environment
# (CLUSTER_DIR, PAYARA_HOME, ports) and LANDSCAPE_ADMIN_PASSWORD the administrator's password. The kill run leaves the
# killed node down; landscape-cluster.sh start-node node-b brings it back.
#   LANDSCAPE_BENCHMARK_SECONDS (60), LANDSCAPE_BENCHMARK_CLIENTS (32)
set -euo pipefail

: "${CLUSTER_DIR:?CLUSTER_DIR names the folder of the running cluster}"
: "${LANDSCAPE_ADMIN_PASSWORD:?LANDSCAPE_ADMIN_PASSWORD is the administrator password}"
command -v wrk >/dev/null 2>&1 || {
  echo "wrk is not installed. On Debian or Ubuntu: sudo apt-get install -y wrk" >&2
  exit 2
}
balancer=http://127.0.0.1:${LANDSCAPE_CLUSTER_PORT:-8080}
seconds=${LANDSCAPE_BENCHMARK_SECONDS:-60}
clients=${LANDSCAPE_BENCHMARK_CLIENTS:-32}
work=$CLUSTER_DIR/benchmark
mkdir -p "$work"
socket=$CLUSTER_DIR/haproxy.sock

# --- wrk's scripts: the Basic header, the sessions' cookies, and the latency figures as one line ---------------------
cat >"$work/report.lua" <<'EOF'
-- Every answer but a 200 is an error here: a redirect to the sign-in page is a session lost.
local threads = {}
setup = function(thread) table.insert(threads, thread) end
response = function(status, headers, body)
  if status ~= 200 then notok = (notok or 0) + 1 end
end
done = function(summary, latency, requests)
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local not200 = 0
  for _, thread in ipairs(threads) do not200 = not200 + (thread:get("notok") or 0) end
  io.write(string.format("requests/s %.1f | median %.1f ms | p99 %.1f ms | requests %d | errors %d (not 200: %d, socket: %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, not200 + socket, not200, socket))
end
EOF
basic=$(printf 'admin:%s' "$LANDSCAPE_ADMIN_PASSWORD" | base64 -w0)
cat >"$work/api.lua" <<EOF
wrk.headers["Authorization"] = "Basic $basic"
wrk.headers["Accept"] = "application/json"
$(cat "$work/report.lua")
EOF

# 32 people signed in through the balancer, each with their own session (and so their own node).
sign_in() {
  local jar=$1
  local state
  state=$(curl -s -c "$jar" -b "$jar" "$balancer/login.xhtml" |
    grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "signIn=signIn" --data-urlencode "signIn:username=admin" \
    --data-urlencode "signIn:password=$LANDSCAPE_ADMIN_PASSWORD" --data-urlencode "signIn:submit=Sign in" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$balancer/login.xhtml"
  awk '$6 == "LANDSCAPESESSION" || $6 == "SERVERID" || $6 == "JSESSIONIDVERSION" { printf "%s=%s; ", $6, $7 }' "$jar"
}
{
  echo "cookies = {"
  for i in $(seq 1 "$clients"); do
    echo "  \"$(sign_in "$work/jar-$i")\","
  done
  echo "}"
  cat <<'EOF'
counter = 0
request = function()
  counter = counter + 1
  wrk.headers["Cookie"] = cookies[(counter % #cookies) + 1]
  return wrk.format("GET", "/networks/list.xhtml")
end
EOF
  cat "$work/report.lua"
} >"$work/screen.lua"

haproxy_say() {
  perl -MIO::Socket::UNIX -e '
    my $s = IO::Socket::UNIX->new(Peer => $ARGV[0]) or die "no balancer socket\n";
    print $s "$ARGV[1]\n";
    print while <$s>;' "$socket" "$1" >/dev/null
}

run() {
  local label=$1 script=$2 path=$3
  printf '%-44s ' "$label"
  wrk -t2 -c"$clients" -d"${seconds}s" --timeout 10s --latency -s "$script" "$balancer$path" | tail -1
}

echo "wrk, $clients clients, $seconds s each, through $balancer ($(nproc) cores, $(date -u +%Y-%m-%d))"
# Both nodes warmed up first (their JIT and pools), not reported.
wrk -t2 -c"$clients" -d20s -s "$work/api.lua" "$balancer/api/networks?size=20" >/dev/null
wrk -t2 -c"$clients" -d20s -s "$work/screen.lua" "$balancer/networks/list.xhtml" >/dev/null
run "API list, two nodes" "$work/api.lua" "/api/networks?size=20"
run "screen list, two nodes" "$work/screen.lua" "/networks/list.xhtml"
haproxy_say "set server nodes/node-b state maint"
run "API list, one node" "$work/api.lua" "/api/networks?size=20"
run "screen list, one node (sessions of node-b move)" "$work/screen.lua" "/networks/list.xhtml"
haproxy_say "set server nodes/node-b state ready"
sleep 5
(
  sleep $((seconds / 3))
  kill -9 "$(cat "$CLUSTER_DIR/nodes/landscape/node-b/config/pid")"
) &
run "API list, two nodes, node-b killed at $((seconds / 3)) s" "$work/api.lua" "/api/networks?size=20"
wait
