#!/usr/bin/env bash
# Landscape as a cluster on one machine: two Payara Server instances of the EAR (node-a, node-b) in one deployment
# group, one Domain Data Grid on loopback, one PostgreSQL database, and HAProxy in front.
#
#   landscape-cluster.sh run     start everything, stay in the foreground; Ctrl-C (or SIGTERM) stops all of it
#   landscape-cluster.sh start   start everything and return once the balancer answers (used by the cluster test)
#   landscape-cluster.sh stop    stop what start started
#   landscape-cluster.sh restart-node node-a|node-b   a rolling restart, one node at a time: the other serves meanwhile
#   landscape-cluster.sh start-node node-a|node-b     start a node again (after it died)
#
# Set by the Maven profile (ear/pom.xml, -Pcluster) or the test: PAYARA_HOME (the unpacked Payara Server), CLUSTER_DIR
# (a working folder, emptied on start), LANDSCAPE_EAR (the EAR). Required from the operator: LANDSCAPE_DB_URL (a
# jdbc:postgresql: URL), LANDSCAPE_DB_USER, LANDSCAPE_DB_PASSWORD. Ports: LANDSCAPE_CLUSTER_PORT (the balancer, 8080),
# LANDSCAPE_NODE_A_PORT (8081), LANDSCAPE_NODE_B_PORT (8082), LANDSCAPE_CLUSTER_PORTBASE (the administration server's
# ports, 14800: its console on 14848).
set -euo pipefail

command=${1:-run}
balancer_port=${LANDSCAPE_CLUSTER_PORT:-8080}
node_a_port=${LANDSCAPE_NODE_A_PORT:-8081}
node_b_port=${LANDSCAPE_NODE_B_PORT:-8082}
portbase=${LANDSCAPE_CLUSTER_PORTBASE:-14800}
admin_port=$((portbase + 48))
# The grid's own ports: the administration server's member, then the instances' from the next ports up.
grid_port=$((portbase + 100))

say() { printf '[landscape-cluster] %s\n' "$*" >&2; }
begun=0
refuse() {
  say "$*"
  # Nothing left half-started: whatever this run started is stopped again.
  if ((begun)); then
    stop_all
  fi
  exit 2
}

: "${PAYARA_HOME:?PAYARA_HOME names the unpacked Payara Server}"
: "${CLUSTER_DIR:?CLUSTER_DIR names the working folder of the cluster}"
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
asadmin() {
  "$java_bin" -jar "$PAYARA_HOME/glassfish/lib/client/appserver-cli.jar" --port "$admin_port" --interactive=false "$@"
}
domains=$CLUSTER_DIR/domains
nodes=$CLUSTER_DIR/nodes

stop_all() {
  trap - INT TERM EXIT
  say "Stopping the balancer, both nodes and the administration server"
  if [[ -f $CLUSTER_DIR/haproxy.pid ]]; then
    kill "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null || true
  fi
  # The instances stop on SIGTERM as on stop-instance, and faster; the administration server the same.
  local pids=()
  for pid_file in "$nodes"/landscape/node-a/config/pid "$nodes"/landscape/node-b/config/pid \
    "$domains"/landscape/config/pid; do
    if [[ -f $pid_file ]]; then
      pids+=("$(cat "$pid_file")")
    fi
  done
  # An instance that had not yet written its pid file is found by its folder.
  pids+=($(pgrep -f -- "-Dcom.sun.aas.instanceRoot=$CLUSTER_DIR/" || true))
  if ((${#pids[@]})); then
    kill "${pids[@]}" 2>/dev/null || true
    for _ in $(seq 1 60); do
      local alive=0
      for pid in "${pids[@]}"; do
        kill -0 "$pid" 2>/dev/null && alive=1
      done
      ((alive)) || break
      sleep 0.5
    done
    kill -9 "${pids[@]}" 2>/dev/null || true
  fi
  say "Stopped"
}


wait_ready() {
  local url=$1
  for _ in $(seq 1 240); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$url") == 200 ]]; then
      return 0
    fi
    sleep 1
  done
  return 1
}

# A word to the running balancer through its administration socket (HAProxy's runtime API).
balancer_says() {
  if [[ -S $CLUSTER_DIR/haproxy.sock ]]; then
    # perl-base is on every Debian system; its IO::Socket::UNIX speaks to the socket.
    perl -MIO::Socket::UNIX -e '
      my $s = IO::Socket::UNIX->new(Peer => $ARGV[0]) or exit 1;
      print $s "$ARGV[1]\n";
      print while <$s>;' "$CLUSTER_DIR/haproxy.sock" "$1" 2>/dev/null || true
  fi
}

if [[ $command == stop ]]; then
  stop_all
  exit 0
fi
if [[ $command == restart-node || $command == start-node ]]; then
  node=${2:-}
  case $node in
    node-a) port=$node_a_port ;;
    node-b) port=$node_b_port ;;
    *) refuse "Name the node: node-a or node-b" ;;
  esac
  if [[ $command == restart-node ]]; then
    # Drained first: the balancer sends no new request to the node, lets those under way finish, and sends its
    # people (their sessions with them) to the other node; only then is the node stopped.
    say "Draining $node; the other node serves its people meanwhile"
    balancer_says "set server nodes/$node state maint"
    for _ in $(seq 1 30); do
      # "show stat" is CSV: proxy, server, queued now, queued at most, sessions now (5th), ...
      [[ $(balancer_says "show stat" | awk -F, -v n="$node" '$1 == "nodes" && $2 == n { print $5 }') == 0 ]] && break
      sleep 1
    done
    asadmin stop-instance "$node" >&2
  fi
  asadmin start-instance --timeout 600 "$node" >&2
  wait_ready "http://127.0.0.1:$port/health/ready" || refuse "$node is not ready after 4 minutes"
  balancer_says "set server nodes/$node state ready"
  say "$node is back on port $port"
  exit 0
fi
[[ $command == run || $command == start ]] || refuse "Usage: landscape-cluster.sh run|start|stop|restart-node <node>|start-node <node>"

# --- What the cluster needs, refused at once with the one thing to do ------------------------------------------------
if [[ -z ${LANDSCAPE_DB_URL:-} || -z ${LANDSCAPE_DB_USER:-} || -z ${LANDSCAPE_DB_PASSWORD+set} ]]; then
  refuse "The cluster shares one PostgreSQL database: set LANDSCAPE_DB_URL (jdbc:postgresql://host:5432/name),\
 LANDSCAPE_DB_USER and LANDSCAPE_DB_PASSWORD, e.g.
  LANDSCAPE_DB_URL=jdbc:postgresql://127.0.0.1:5432/landscape LANDSCAPE_DB_USER=landscape LANDSCAPE_DB_PASSWORD=... ./mvnw -Pcluster"
fi
[[ $LANDSCAPE_DB_URL == jdbc:postgresql:* ]] ||
  refuse "LANDSCAPE_DB_URL must name a PostgreSQL database (jdbc:postgresql://...): an embedded H2 database cannot be shared by two servers"
command -v haproxy >/dev/null 2>&1 ||
  refuse "HAProxy is not installed. On Debian or Ubuntu: sudo apt-get install -y haproxy"
command -v curl >/dev/null 2>&1 || refuse "curl is not installed. On Debian or Ubuntu: sudo apt-get install -y curl"
: "${LANDSCAPE_EAR:?LANDSCAPE_EAR names the EAR to deploy}"
[[ -f $LANDSCAPE_EAR ]] || refuse "No EAR at $LANDSCAPE_EAR: build it first (./mvnw -Pcluster does)"
for port in "$balancer_port" "$node_a_port" "$node_b_port" "$admin_port"; do
  if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    refuse "Port $port is taken: stop what listens there (./mvnw -Prun?) or choose other ports (LANDSCAPE_CLUSTER_PORT...)"
  fi
done

# --- Every node believes the balancer's X-Forwarded-For and nothing else's --------------------------------------------
export LANDSCAPE_TRUSTED_PROXIES=${LANDSCAPE_TRUSTED_PROXIES:-127.0.0.1}
# The demo is loaded only where asked for, once for the whole cluster.
export LANDSCAPE_DB_URL LANDSCAPE_DB_USER LANDSCAPE_DB_PASSWORD

trap stop_all INT TERM
[[ $command == run ]] && trap stop_all EXIT

rm -rf "$CLUSTER_DIR"
mkdir -p "$domains" "$nodes"
begun=1
started=$(date +%s)

# --- The administration server (DAS): holds the configuration, deploys, starts the instances; serves no requests ----
say "Creating the domain (administration console on port $admin_port)"
asadmin create-domain --domaindir "$domains" --portbase "$portbase" --nopassword=true --checkports=true landscape \
  >"$CLUSTER_DIR/create-domain.log"
asadmin start-domain --domaindir "$domains" landscape >"$CLUSTER_DIR/start-domain.log"

# An instance's ports: HTTP as asked, the others from the port base up (never the defaults another Payara may hold).
instance_ports() {
  local at=$((portbase + $1))
  echo "HTTP_LISTENER_PORT=$2:HTTP_SSL_LISTENER_PORT=$((at + 1)):ASADMIN_LISTENER_PORT=$((at + 2)):\
IIOP_LISTENER_PORT=$((at + 3)):IIOP_SSL_LISTENER_PORT=$((at + 4)):IIOP_SSL_MUTUALAUTH_PORT=$((at + 5)):\
JMX_SYSTEM_CONNECTOR_PORT=$((at + 6)):JMS_PROVIDER_PORT=$((at + 7)):OSGI_SHELL_TELNET_PORT=$((at + 8)):\
JAVA_DEBUGGER_PORT=$((at + 9)):HZ_LISTENER_PORT=$((at + 10))"
}

# One configuration for both instances, a deployment group for the pair, and the grid kept on this machine.
cat >"$CLUSTER_DIR/configure.asadmin" <<EOF
set-hazelcast-configuration --dynamic true --clustermode domain --interfaces 127.0.0.1 --dasbindaddress 127.0.0.1 --daspublicaddress 127.0.0.1 --dasport $grid_port --startport $((grid_port + 1)) --clustername landscape-$balancer_port
copy-config default-config landscape-config
set-hazelcast-configuration --target landscape-config --enabled true --publicaddress 127.0.0.1
set configs.config.landscape-config.availability-service.availability-enabled=true
set configs.config.landscape-config.availability-service.web-container-availability.availability-enabled=true
set configs.config.landscape-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false
set configs.config.landscape-config.network-config.protocols.protocol.http-listener-1.http.server-header=false
set configs.config.landscape-config.network-config.protocols.protocol.http-listener-2.http.xpowered-by=false
set configs.config.landscape-config.network-config.protocols.protocol.http-listener-2.http.server-header=false
delete-jvm-options --target landscape-config -Xmx512m
create-jvm-options --target landscape-config -Xmx1g
create-node-config --nodedir $nodes --nodehost localhost landscape
create-deployment-group landscape
create-instance --node landscape --config landscape-config --deploymentgroup landscape --systemproperties $(instance_ports 200 "$node_a_port") node-a
create-instance --node landscape --config landscape-config --deploymentgroup landscape --systemproperties $(instance_ports 300 "$node_b_port") node-b
deploy --target landscape --availabilityenabled=true --name landscape $LANDSCAPE_EAR
EOF
say "Configuring the deployment group 'landscape' (node-a on $node_a_port, node-b on $node_b_port) and deploying"
asadmin multimode --file "$CLUSTER_DIR/configure.asadmin" >"$CLUSTER_DIR/configure.log" 2>&1 || {
  cat "$CLUSTER_DIR/configure.log" >&2
  refuse "Configuring the cluster failed (log above; the domain's log: $domains/landscape/logs/server.log)"
}

# --- Both instances at the same moment, as after a power cut: the migrations, the first account and the demo once ---
say "Starting node-a and node-b together"
asadmin start-instance --timeout 600 node-a >"$CLUSTER_DIR/start-node-a.log" 2>&1 &
a=$!
asadmin start-instance --timeout 600 node-b >"$CLUSTER_DIR/start-node-b.log" 2>&1 &
b=$!
wait "$a" || refuse "node-a did not start: $(cat "$CLUSTER_DIR/start-node-a.log")"
wait "$b" || refuse "node-b did not start: $(cat "$CLUSTER_DIR/start-node-b.log")"

# --- HAProxy: sticky by cookie, health from /health/ready, idempotent requests retried on the other node ------------
cat >"$CLUSTER_DIR/haproxy.cfg" <<EOF
global
  maxconn 4096
  pidfile $CLUSTER_DIR/haproxy.pid
  # The operator's handle: set server nodes/node-b state maint|ready (socat stdio unix-connect:...)
  stats socket $CLUSTER_DIR/haproxy.sock mode 600 level admin

defaults
  mode http
  log stdout format raw local0 warning
  option httplog
  timeout connect 2s
  timeout client 300s
  timeout server 300s
  timeout http-request 15s
  timeout queue 30s
  # A request whose node dies is sent to the other node; GET and HEAD only (a POST may have been written).
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout 502 503 504

frontend landscape
  bind :$balancer_port
  option forwardfor
  http-request del-header X-Forwarded-Proto
  default_backend nodes

backend nodes
  balance roundrobin
  # Sticky sessions: the node that holds a person's session serves them while it lives.
  cookie SERVERID insert indirect nocache httponly attr "SameSite=Strict"
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 2s fastinter 500ms downinter 2s fall 2 rise 2
  acl idempotent method GET HEAD
  http-request disable-l7-retry unless idempotent
  server node-a 127.0.0.1:$node_a_port check cookie node-a
  server node-b 127.0.0.1:$node_b_port check cookie node-b
EOF
haproxy -c -q -f "$CLUSTER_DIR/haproxy.cfg" || refuse "HAProxy refused its configuration ($CLUSTER_DIR/haproxy.cfg)"

for port in "$node_a_port" "$node_b_port"; do
  wait_ready "http://127.0.0.1:$port/health/ready" ||
    refuse "The node on port $port is not ready after 4 minutes; see $nodes/landscape/node-*/logs/server.log"
done

if [[ $command == start ]]; then
  haproxy -D -f "$CLUSTER_DIR/haproxy.cfg"
  wait_ready "http://127.0.0.1:$balancer_port/health/ready" || refuse "The balancer does not answer on $balancer_port"
  say "Ready in $(($(date +%s) - started)) s: http://localhost:$balancer_port/ (node-a :$node_a_port, node-b :$node_b_port)"
  exit 0
fi

say "Ready in $(($(date +%s) - started)) s: http://localhost:$balancer_port/ (node-a :$node_a_port, node-b :$node_b_port)."
say "Logs: $nodes/landscape/node-a/logs/server.log, node-b likewise. Ctrl-C stops all three."
haproxy -db -f "$CLUSTER_DIR/haproxy.cfg" &
echo $! >"$CLUSTER_DIR/haproxy.pid"
wait $!
