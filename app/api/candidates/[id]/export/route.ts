import { currentUser } from "@/lib/auth/session";
import { exportCandidate } from "@/lib/candidates/privacy";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  const data = await exportCandidate(user, (await ctx.params).id);
  if (!data) return Response.json({ error: "Candidate not found, or you may not export their data." }, { status: 404 });
  const body = JSON.stringify(data, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2);
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="candidate-${data.candidate.id}.json"`, "Cache-Control": "no-store" } });
}
