import { apiRoute } from "@/lib/api/handler";
import { apiRoles } from "@/lib/api/v1";

export const GET = apiRoute("roles:read", (user) => apiRoles(user));
