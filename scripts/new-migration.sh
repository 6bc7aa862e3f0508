#!/usr/bin/env bash
# Usage: npm run db:migration -- <name>
# Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that turns the
# schema of the last migration (prisma/migrations/schema-snapshot.prisma) into
# prisma/schema.prisma, then updates the snapshot. No shadow database.
# Prisma 7's `migrate diff` needs a native schema engine that offline machines cannot download,
# so the diff is made by Prisma 6.19's CLI in its WebAssembly ("js engine") mode, fetched by npx
# on first use (see scripts/migrate-diff.config.mjs). Its schema files need the `url` and
# `engineType` lines Prisma 7 dropped: the diff runs on temporary copies that have them.
set -euo pipefail
name=${1:?usage: npm run db:migration -- <name>}
name=$(echo "$name" | tr -c 'a-zA-Z0-9_\n' '_')
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
snapshot=prisma/migrations/schema-snapshot.prisma
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in from:"$snapshot" to:prisma/schema.prisma; do
  sed -e '/^generator client {/a\  engineType = "client"' \
    -e '/^datasource db {/a\  url = "postgresql://unused@127.0.0.1:5432/unused"' "${f#*:}" >"$tmp/${f%%:*}.prisma"
done
sql=$(MIGRATE_DIFF_SCHEMA="$tmp/to.prisma" npx --yes prisma@6.19.3 migrate diff --config scripts/migrate-diff.config.mjs \
  --from-schema-datamodel "$tmp/from.prisma" --to-schema-datamodel "$tmp/to.prisma" --script)
if ! grep -qv '^--' <<<"$sql" || [ -z "$(grep -v '^--' <<<"$sql" | tr -d '[:space:]')" ]; then
  echo "No schema changes: nothing written."
  exit 0
fi
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
cp prisma/schema.prisma "$snapshot"
echo "Wrote $dir/migration.sql. Review it, add any CHECK/trigger SQL by hand, then restart the app or run npm run db:migrate."
