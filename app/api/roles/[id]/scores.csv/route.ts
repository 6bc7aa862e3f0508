import { sessionRoute } from "@/lib/route-handler";
import { roleScoresCsv } from "@/lib/exports/role-csv";

export const GET = sessionRoute<{ id: string }>(async (user, params) => {
  const res = await roleScoresCsv(user, params.id);
  if (!res.ok) return Response.json({ error: res.error }, { status: res.status });
  return new Response(res.csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="role-scores.csv"', "Cache-Control": "no-store" } });
});
