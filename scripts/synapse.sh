#!/usr/bin/env bash
# A throw-away Synapse homeserver for the Matrix tests: installed from PyPI
# into a venv under target/ (kept between runs), configured for loopback only
# (no federation, no phone-home, rate limits off, fast password hashing), run
# from a temp folder and gone after.
# Usage: source scripts/synapse.sh; synapse_start; ...; synapse_stop
# Sets LUISTERLOKET_TEST_MATRIX to the homeserver URL and registers the users
# the tests log in as (password = user name + "-pass").

SYNAPSE_VENV="${SYNAPSE_VENV:-$PWD/target/synapse-venv}"
SYNAPSE_USERS="bot resident worker coordinator resident2"

synapse_install() {
  if [ ! -x "$SYNAPSE_VENV/bin/synapse_homeserver" ]; then
    echo "synapse: installing matrix-synapse from PyPI into $SYNAPSE_VENV" >&2
    python3 -m venv "$SYNAPSE_VENV" >&2
    "$SYNAPSE_VENV/bin/pip" install -q --disable-pip-version-check matrix-synapse >&2
  fi
  [ -x "$SYNAPSE_VENV/bin/synapse_homeserver" ] || { echo "synapse: could not install" >&2; return 1; }
}

synapse_start() {
  synapse_install || return 1
  SYNAPSE_DIR=$(mktemp -d /tmp/luisterloket-synapse.XXXXXX)
  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  local url="http://127.0.0.1:$port"
  local hs="$SYNAPSE_DIR"
  rnd() { python3 -c 'import secrets; print(secrets.token_hex(32))'; }
  cat >"$hs/homeserver.yaml" <<EOF
server_name: "localhost"
public_baseurl: "$url/"
pid_file: "$hs/homeserver.pid"
listeners:
  - port: $port
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: "$hs/homeserver.db"
log_config: "$hs/log.yaml"
media_store_path: "$hs/media_store"
signing_key_path: "$hs/localhost.signing.key"
registration_shared_secret: "$(rnd)"
macaroon_secret_key: "$(rnd)"
form_secret: "$(rnd)"
enable_registration: false
report_stats: false
enable_metrics: false
trusted_key_servers: []
federation_domain_whitelist: []
url_preview_enabled: false
bcrypt_rounds: 4
allow_public_rooms_over_federation: false
rc_message: &fast {per_second: 10000, burst_count: 10000}
rc_registration: *fast
rc_room_creation: *fast
rc_joins_per_room: *fast
rc_admin_redaction: *fast
rc_3pid_validation: *fast
rc_third_party_invite: *fast
rc_media_create: *fast
rc_delayed_event_mgmt: *fast
rc_reports: *fast
rc_user_directory: *fast
rc_key_requests: *fast
rc_login: {address: *fast, account: *fast, failed_attempts: *fast}
rc_joins: {local: *fast, remote: *fast}
rc_invites: {per_room: *fast, per_user: *fast, per_issuer: *fast}
rc_presence: {per_user: *fast}
EOF
  cat >"$hs/log.yaml" <<EOF
version: 1
formatters:
  precise: {format: '%(asctime)s - %(name)s - %(levelname)s - %(message)s'}
handlers:
  file: {class: logging.FileHandler, formatter: precise, filename: "$hs/homeserver.log", encoding: utf8}
root: {level: WARNING, handlers: [file]}
disable_existing_loggers: false
EOF
  "$SYNAPSE_VENV/bin/python" -m synapse.app.homeserver -c "$hs/homeserver.yaml" --generate-keys >"$hs/keys.log" 2>&1 \
    || { cat "$hs/keys.log" >&2; return 1; }
  nohup "$SYNAPSE_VENV/bin/python" -m synapse.app.homeserver -c "$hs/homeserver.yaml" >"$hs/stdout.log" 2>&1 &
  SYNAPSE_PID=$!
  local i
  for i in $(seq 1 600); do
    curl -sf "$url/_matrix/client/versions" >/dev/null && break
    kill -0 "$SYNAPSE_PID" 2>/dev/null || { cat "$hs/stdout.log" >&2; return 1; }
    sleep 0.1
  done
  curl -sf "$url/_matrix/client/versions" >/dev/null || { echo "synapse: not ready after 60 s" >&2; return 1; }
  local u
  for u in $SYNAPSE_USERS; do
    "$SYNAPSE_VENV/bin/register_new_matrix_user" -c "$hs/homeserver.yaml" --exists-ok \
      -u "$u" -p "$u-pass" --no-admin "$url" >/dev/null || return 1
  done
  export LUISTERLOKET_TEST_MATRIX="$url"
  echo "synapse: test homeserver on $url ($("$SYNAPSE_VENV/bin/python" -c 'import synapse; print(synapse.__version__)'))" >&2
}

synapse_stop() {
  [ -n "${SYNAPSE_PID:-}" ] || return 0
  kill -TERM "$SYNAPSE_PID" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$SYNAPSE_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$SYNAPSE_PID" 2>/dev/null || true
  rm -rf "$SYNAPSE_DIR"
  SYNAPSE_PID=
}
