import { apiRoute } from "@/lib/api/handler";
import { apiGaps } from "@/lib/api/v1";

export const GET = apiRoute<{ id: string }>("candidates:read", (user, { id }) => apiGaps(user, id));
