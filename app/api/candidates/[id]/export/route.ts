import { sessionRoute } from "@/lib/session-route";
import { exportCandidate } from "@/lib/candidates/privacy";

export const GET = sessionRoute<{ id: string }>(async (user, params) => {
  const data = await exportCandidate(user, params.id);
  if (!data) return Response.json({ error: "Candidate not found, or you may not export their data." }, { status: 404 });
  const body = JSON.stringify(data, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2);
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="candidate-${data.candidate.id}.json"`, "Cache-Control": "no-store" } });
});
