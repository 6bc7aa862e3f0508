import { invitationDownload } from "@/lib/interviews/invitations";
import { sessionRoute } from "@/lib/route-handler";

/** The interview's calendar invitation (.ics): its interviewer and the role's hiring leads. */
export const GET = sessionRoute<{ id: string }>(async (user, params) => {
  const res = await invitationDownload(user, params.id);
  if (!res.ok) return Response.json({ error: res.error }, { status: res.status });
  return new Response(res.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="interview.ics"',
      "Cache-Control": "private, no-store",
    },
  });
});
