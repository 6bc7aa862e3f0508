#!/usr/bin/env bash
# Production build served on a fresh embedded database (migrated and seeded at start).
set -euo pipefail
PORT=${1:-3100}
export EMBEDDED_DB_DIR=.data/e2e-pglite
unset DATABASE_URL
# The same reset as `npm run db:reset`: refuses while another process holds the database.
npx tsx scripts/db.ts reset
# Migrated and seeded here (the server would do it at start), plus one large scored role the
# paging tests walk through and a few extra people (the demo organisation's roles stay as they are).
# Single sign-on points at the test's own OpenID Connect provider (OIDC_* set by playwright.config.ts).
npx tsx scripts/db.ts seed
npx tsx scripts/seed-large-role.ts "${E2E_LARGE_ROLE_CANDIDATES:-180}"
npx tsx scripts/seed-e2e-people.ts # an off-team recruiter, a pending panel member, a deactivated person
export EMBEDDED_DB_IN_PRODUCTION=true # a production build on the embedded database, one instance
export NEXTAUTH_URL="http://127.0.0.1:${PORT}"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production-0123456789" # also in playwright.config.ts
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npx next build; fi
# The production server (npm start), compression included.
PORT="$PORT" LISTEN_HOST=127.0.0.1 exec node scripts/serve.mjs
