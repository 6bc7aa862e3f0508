# Sourced by .ci/run. Uses the machine's PostgreSQL on 127.0.0.1:5432 when it answers,
# else starts a throwaway server (as user postgres, on a free port) and stops it at exit.
CI_PG_DIR=""
CI_PG_BIN=""
start_ci_postgres() {
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    CI_PG_URL="postgresql://postgres@127.0.0.1:5432/postgres"
    echo "Using PostgreSQL at 127.0.0.1:5432"
    return
  fi
  CI_PG_BIN=/usr/lib/postgresql/15/bin
  [ -x "$CI_PG_BIN/pg_ctl" ] || CI_PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")
  local bin=$CI_PG_BIN
  CI_PG_DIR=$(mktemp -d /tmp/ci-pg.XXXXXX)
  chown postgres "$CI_PG_DIR"
  local port
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  su postgres -c "$bin/initdb -D $CI_PG_DIR/data -A trust -U postgres >/dev/null"
  su postgres -c "$bin/pg_ctl -D $CI_PG_DIR/data -o '-p $port -k $CI_PG_DIR -h 127.0.0.1' -l $CI_PG_DIR/log -w start >/dev/null"
  CI_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "Started throwaway PostgreSQL on 127.0.0.1:$port"
}
stop_ci_postgres() {
  if [ -n "$CI_PG_DIR" ]; then
    local bin=$CI_PG_BIN
    su postgres -c "$bin/pg_ctl -D $CI_PG_DIR/data -m fast stop >/dev/null" || true
    rm -rf "$CI_PG_DIR"
  fi
}
