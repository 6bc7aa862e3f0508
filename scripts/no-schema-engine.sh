#!/bin/sh
# Stand-in for Prisma's native schema engine where it is not installed (see prisma.config.ts).
echo "Prisma's schema engine binary is not installed, so prisma migrate/db commands are unavailable here." >&2
echo "Migrations are applied by the app (npm run db:migrate) and written by npm run db:migration." >&2
exit 1
