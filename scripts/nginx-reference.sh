#!/usr/bin/env bash
# Reference nginx for side-by-side comparisons with target-server (wrk capacity script, Gatling's nginx run).
#
#   scripts/nginx-reference.sh start PORT   # nginx on 127.0.0.1:PORT, 1 worker, access log off
#   scripts/nginx-reference.sh stop PORT
#
# Serves `location = /hello { return 200 "Hello, World!"; }` as text/plain: the same 13-byte body as
# target-server's /hello, so the same response validation applies. Everything nginx writes (config, pid,
# error log, temp dirs) lives under /tmp/clientcost-nginx-PORT. Installs Debian's nginx-light with apt-get
# if no nginx is installed. Keep-alive connections are never closed by request count
# (keepalive_requests is raised), matching target-server.
set -euo pipefail

usage() { echo "usage: $0 start|stop PORT" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
port=$2
[[ $port =~ ^[0-9]+$ ]] && (( port >= 1 && port <= 65535 )) || { echo "nginx-reference: PORT must be 1..65535, got '$port'" >&2; exit 2; }
prefix=/tmp/clientcost-nginx-$port
pidfile=$prefix/nginx.pid

nginx_bin() {
  if command -v nginx >/dev/null 2>&1; then command -v nginx; elif [[ -x /usr/sbin/nginx ]]; then echo /usr/sbin/nginx; fi
}

install_nginx() {
  echo "nginx-reference: installing nginx-light with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends nginx-light >&2
  # The package may start a system-wide nginx on port 80; this suite does not want it running.
  if [[ -s /run/nginx.pid ]] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; then
    /usr/sbin/nginx -s quit >/dev/null 2>&1 || true
  fi
}

case $action in
  start)
    [[ -n $(nginx_bin) ]] || install_nginx
    nginx=$(nginx_bin)
    if [[ -s $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "nginx-reference: already running on 127.0.0.1:$port (pid $(cat "$pidfile"))" >&2
      exit 1
    fi
    mkdir -p "$prefix/tmp"
    cat > "$prefix/nginx.conf" <<CONF
worker_processes 1;
daemon on;
pid $pidfile;
error_log $prefix/error.log warn;
events { worker_connections 10240; }
http {
  access_log off;
  keepalive_requests 100000000;
  keepalive_timeout 65s;
  client_body_temp_path $prefix/tmp/body;
  proxy_temp_path $prefix/tmp/proxy;
  fastcgi_temp_path $prefix/tmp/fastcgi;
  uwsgi_temp_path $prefix/tmp/uwsgi;
  scgi_temp_path $prefix/tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    location = /hello { default_type text/plain; return 200 "Hello, World!"; }
  }
}
CONF
    "$nginx" -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log"
    for _ in $(seq 1 50); do
      if [[ -s $pidfile ]] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "nginx-reference: listening on http://127.0.0.1:$port ($("$nginx" -v 2>&1 | sed 's/.*: //'), 1 worker, pid $(cat "$pidfile"))"
        exit 0
      fi
      sleep 0.1
    done
    echo "nginx-reference: nginx did not come up on 127.0.0.1:$port; see $prefix/error.log" >&2
    exit 1
    ;;
  stop)
    if [[ ! -s $pidfile ]]; then
      echo "nginx-reference: not running on port $port (no $pidfile)" >&2
      exit 0
    fi
    pid=$(cat "$pidfile")
    kill -QUIT "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || { echo "nginx-reference: stopped (port $port)"; exit 0; }
      sleep 0.1
    done
    kill -TERM "$pid" 2>/dev/null || true
    echo "nginx-reference: stopped forcibly (port $port)"
    ;;
  *) usage ;;
esac
