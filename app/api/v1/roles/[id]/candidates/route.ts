import { apiRoute } from "@/lib/api/handler";
import { apiRoleCandidates } from "@/lib/api/v1";

export const GET = apiRoute<{ id: string }>((user, { id }) => apiRoleCandidates(user, id));
