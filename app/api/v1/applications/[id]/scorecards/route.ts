import { apiRoute } from "@/lib/api/handler";
import { apiScorecards } from "@/lib/api/v1";

export const GET = apiRoute<{ id: string }>((user, { id }) => apiScorecards(user, id));
