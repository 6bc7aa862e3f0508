// Downloads one matrix version as a matrix file (docs/matrix-json.md). Admins only.
import { can } from "@/lib/auth/permissions";
import { sessionRoute } from "@/lib/route-handler";
import { exportMatrix } from "@/lib/matrix/service";

export const GET = sessionRoute<{ versionId: string }>(async (user, params) => {
  if (!can(user, "editMatrix")) return Response.json({ error: "Only admins export the matrix." }, { status: 403 });
  const res = await exportMatrix(user, params.versionId);
  if (!res.ok) return Response.json({ error: res.message }, { status: res.kind === "forbidden" ? 403 : 404 });
  return new Response(res.json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${res.filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
