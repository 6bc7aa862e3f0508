import { sessionRoute } from "@/lib/route-handler";
import { exportCandidate } from "@/lib/candidates/privacy";

const STATUS = { forbidden: 403, not_found: 404 } as Record<string, number>;

export const GET = sessionRoute<{ id: string }>(async (user, params) => {
  const res = await exportCandidate(user, params.id);
  if (!res.ok) return Response.json({ error: res.message }, { status: STATUS[res.kind] ?? 400, headers: { "Cache-Control": "no-store" } });
  const body = JSON.stringify(res.export, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2);
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="candidate-${res.export.candidate.id}.json"`, "Cache-Control": "no-store" } });
}, { limit: "candidateExport" });
