import { currentUser } from "@/lib/auth/session";
import { roleGapsCsv } from "@/lib/exports/role-csv";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  const res = await roleGapsCsv(user, (await ctx.params).id);
  if (!res.ok) return Response.json({ error: res.error }, { status: res.status });
  return new Response(res.csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="role-gaps.csv"', "Cache-Control": "no-store" } });
}
