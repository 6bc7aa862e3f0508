// Without zod, so a form can list the statuses without shipping the schema library on first paint.
export const ROLE_STATUSES = ["DRAFT", "OPEN", "CLOSED"] as const;
export type RoleStatus = (typeof ROLE_STATUSES)[number];
