// Downloads one matrix version as a matrix file (docs/matrix-json.md). Admins only.
import { currentUser } from "@/lib/auth/session";
import { exportMatrix } from "@/lib/matrix/service";

export async function GET(_req: Request, ctx: { params: Promise<{ versionId: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (user.kind !== "ADMIN") return Response.json({ error: "Only admins export the matrix." }, { status: 403 });
  const res = await exportMatrix(user, (await ctx.params).versionId);
  if (!res.ok) return Response.json({ error: res.message }, { status: res.kind === "forbidden" ? 403 : 404 });
  return new Response(res.json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${res.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
