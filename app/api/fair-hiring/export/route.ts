// The fair-hiring report as CSV: a same-origin form POST from /fair-hiring (admins; audited as a
// download by the report service, throttled per user).
import { CROSS_SITE_REFUSAL, isSameOriginRequest } from "@/lib/auth/same-origin";
import { fairHiringCsvDownload } from "@/lib/fair-hiring/report";
import { sessionRoute } from "@/lib/route-handler";

export const POST = sessionRoute(
  async (user, _params, req) => {
    if (!isSameOriginRequest(req.headers, req.url))
      return Response.json({ error: CROSS_SITE_REFUSAL }, { status: 403 });
    const form = await req.formData().then(
      (f) => Object.fromEntries(f),
      () => null,
    );
    return fairHiringCsvDownload(user, form);
  },
  { limit: "fairHiringExport" },
);
