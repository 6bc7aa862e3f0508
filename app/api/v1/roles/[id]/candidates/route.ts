import { apiPagedRoute } from "@/lib/api/handler";
import { apiRoleCandidates } from "@/lib/api/v1";
import { pageSize } from "@/lib/paging/cursor";

export const GET = apiPagedRoute<{ id: string }>("candidates:read", (user, { id }, query) =>
  apiRoleCandidates(user, id, { after: query.get("after") ?? undefined, limit: pageSize(query.get("limit"), 100) }),
);
