-- Optimistic concurrency for admin edits of a person (kind, active).
ALTER TABLE "User" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- API tokens get read scopes and an expiry (issue 11, finding 9). Tokens that exist already
-- keep working as before (every read scope) for 90 days from this migration, then expire.
ALTER TABLE "ApiToken" ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP + INTERVAL '90 days'),
ADD COLUMN     "scopes" TEXT[] NOT NULL DEFAULT ARRAY['roles:read', 'candidates:read', 'scorecards:read']::TEXT[];
-- New tokens always name both (lib/api/tokens.ts): no defaults from here on.
ALTER TABLE "ApiToken" ALTER COLUMN "expiresAt" DROP DEFAULT, ALTER COLUMN "scopes" DROP DEFAULT;
-- Only known scopes, at least one.
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_scopes_check" CHECK (cardinality("scopes") > 0 AND "scopes" <@ ARRAY['roles:read', 'candidates:read', 'scorecards:read']::TEXT[]);
