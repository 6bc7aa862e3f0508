import { apiRoute } from "@/lib/api/handler";
import { apiRoles } from "@/lib/api/v1";

export const GET = apiRoute((user) => apiRoles(user));
