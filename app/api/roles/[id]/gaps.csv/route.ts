import { sessionRoute } from "@/lib/route-handler";
import { roleGapsCsv } from "@/lib/exports/role-csv";

export const GET = sessionRoute<{ id: string }>(async (user, params) => {
  const res = await roleGapsCsv(user, params.id);
  if (!res.ok) return Response.json({ error: res.error }, { status: res.status });
  return new Response(res.csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="role-gaps.csv"', "Cache-Control": "no-store" } });
});
