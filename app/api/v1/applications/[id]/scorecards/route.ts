import { apiRoute } from "@/lib/api/handler";
import { apiScorecards } from "@/lib/api/v1";

export const GET = apiRoute<{ id: string }>("scorecards:read", (user, { id }) => apiScorecards(user, id));
