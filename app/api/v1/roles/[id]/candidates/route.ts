import { apiPagedRoute } from "@/lib/api/handler";
import { apiRoleCandidates } from "@/lib/api/v1";
import { isComparisonCursor } from "@/lib/data/role-comparison-sql";

export const GET = apiPagedRoute<{ id: string }>(
  "candidates:read",
  { isCursor: (raw) => isComparisonCursor(raw, "name"), defaultLimit: 100 },
  (user, { id }, page) => apiRoleCandidates(user, id, page),
);
