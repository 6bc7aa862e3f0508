#!/usr/bin/env bash
# Production build served on a fresh embedded database (migrated and seeded at start).
set -euo pipefail
PORT=${1:-3100}
export EMBEDDED_DB_DIR=.data/e2e-pglite
# A live owner (an earlier run still serving) must be stopped, not deleted from under it;
# a stale lock from a dead one is taken over by the app itself.
if [ -f "$EMBEDDED_DB_DIR.lock" ] && kill -0 "$(cat "$EMBEDDED_DB_DIR.lock")" 2>/dev/null; then
  echo "✖ $EMBEDDED_DB_DIR is in use by process $(cat "$EMBEDDED_DB_DIR.lock"); stop it first." >&2
  exit 1
fi
rm -rf "$EMBEDDED_DB_DIR"
unset DATABASE_URL
export EMBEDDED_DB_IN_PRODUCTION=true # a production build on the embedded database, one instance
export NEXTAUTH_URL="http://127.0.0.1:${PORT}"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production-0123456789"
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npx next build; fi
exec npx next start -p "$PORT" -H 127.0.0.1
