import { sessionRoute } from "@/lib/route-handler";
import { csvResponse } from "@/lib/exports/csv-response";
import { roleScoresCsv } from "@/lib/exports/role-csv";

export const GET = sessionRoute<{ id: string }>(
  async (user, params) => {
    const res = await roleScoresCsv(user, params.id);
    if (!res.ok) return Response.json({ error: res.error }, { status: res.status });
    return csvResponse(res, res.filename);
  },
  { limit: "roleExport" },
);
