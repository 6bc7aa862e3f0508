import type { Metadata } from "next";
import { TokenManager } from "@/components/settings/token-manager";
import { PageHeader } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/api/tokens";
import { requireUser } from "@/lib/auth/session";
import { viewerTimeZone } from "@/lib/viewer-time-zone";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requireUser();
  const tz = await viewerTimeZone();
  const tokens = await listApiTokens(user);
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Personal tokens for the read-only JSON API (
            <a className="text-primary underline" href="/openapi.yaml">
              OpenAPI description
            </a>
            ). A token sees at most what you see, only through the scopes you give it, until it expires or you revoke
            it.
          </>
        }
      />
      <TokenManager
        timeZone={tz}
        tokens={tokens.map((t) => ({
          ...t,
          createdAt: t.createdAt.toISOString(),
          expiresAt: t.expiresAt.toISOString(),
          lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          revokedAt: t.revokedAt?.toISOString() ?? null,
        }))}
      />
    </>
  );
}
