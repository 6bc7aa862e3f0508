#!/usr/bin/env bash
# Production build served on a fresh embedded database (migrated and seeded at start).
set -euo pipefail
PORT=${1:-3100}
export EMBEDDED_DB_DIR=.data/e2e-pglite
rm -rf "$EMBEDDED_DB_DIR" "$EMBEDDED_DB_DIR.lock"
unset DATABASE_URL
export NEXTAUTH_URL="http://127.0.0.1:${PORT}"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production-0123456789"
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npx next build; fi
exec npx next start -p "$PORT" -H 127.0.0.1
