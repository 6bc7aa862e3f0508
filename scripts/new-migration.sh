#!/usr/bin/env bash
# Usage: npm run db:migration -- <name>
# Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that turns the
# schema of the last migration (prisma/migrations/schema-snapshot.prisma) into
# prisma/schema.prisma, then updates the snapshot. Works offline (no shadow database).
set -euo pipefail
name=${1:?usage: npm run db:migration -- <name>}
name=$(echo "$name" | tr -c 'a-zA-Z0-9_\n' '_')
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
snapshot=prisma/migrations/schema-snapshot.prisma
sql=$(npx prisma migrate diff --from-schema-datamodel "$snapshot" --to-schema-datamodel prisma/schema.prisma --script)
if ! grep -qv '^--' <<<"$sql" || [ -z "$(grep -v '^--' <<<"$sql" | tr -d '[:space:]')" ]; then
  echo "No schema changes: nothing written."
  exit 0
fi
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
cp prisma/schema.prisma "$snapshot"
echo "Wrote $dir/migration.sql. Review it, add any CHECK/trigger SQL by hand, then restart the app or run npm run db:migrate."
