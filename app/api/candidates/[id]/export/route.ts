import { exportCandidate } from "@/lib/candidates/export";
import { CROSS_SITE_REFUSAL, isSameOriginRequest } from "@/lib/auth/same-origin";
import { sessionRoute } from "@/lib/route-handler";

const STATUS = { forbidden: 403, not_found: 404 } as Record<string, number>;
const noStore = { "Cache-Control": "no-store" };

// A POST (the candidate page's form button), not a GET: the export is audited, and a GET with a
// side effect could be set off by a link, an image or a prefetch. Same-origin only (CSRF).
const exportRoute = sessionRoute<{ id: string }>(
  async (user, params) => {
    const res = await exportCandidate(user, params.id);
    if (!res.ok) return Response.json({ error: res.message }, { status: STATUS[res.kind] ?? 400, headers: noStore });
    const body = JSON.stringify(res.export, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2);
    return new Response(body, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="candidate-${res.export.candidate.id}.json"`,
        ...noStore,
      },
    });
  },
  { limit: "candidateExport" },
);

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  if (!isSameOriginRequest(req.headers, req.url))
    return Response.json({ error: CROSS_SITE_REFUSAL }, { status: 403, headers: noStore });
  return exportRoute(req, ctx);
}
