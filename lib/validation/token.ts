// The API token form's inputs, shared by the settings form and lib/api/tokens.ts.
import { z } from "zod";
import { singleLineText } from "./text";

/** Read scopes; each /api/v1 route requires one (lib/api/handler.ts, public/openapi.yaml). */
export const API_SCOPES = ["roles:read", "candidates:read", "scorecards:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];
export const API_SCOPE_LABEL: Record<ApiScope, string> = {
  "roles:read": "Roles: titles, targets, salary bands",
  "candidates:read": "Candidates: a role's candidates with fit and gaps",
  "scorecards:read": "Scorecards: submitted ratings and evidence",
};

/** Lifetimes offered at creation, in days (as the form's select sends them); no token lives for ever. */
export const TOKEN_LIFETIMES = ["7", "30", "90", "365"] as const;
export const DEFAULT_TOKEN_LIFETIME = "90" satisfies (typeof TOKEN_LIFETIMES)[number];

export const tokenSchema = z.object({
  name: singleLineText()
    .trim()
    .min(2, "Name the token after what uses it, e.g. “ATS sync”")
    .max(80, "Keep the name under 80 characters"),
  scopes: z
    .array(z.enum(API_SCOPES, { error: "Choose from the scopes listed" }), { error: "Choose at least one scope" })
    .min(1, "Choose at least one scope")
    .max(API_SCOPES.length)
    .transform((s) => [...new Set(s)]),
  expiresInDays: z.enum(TOKEN_LIFETIMES, { error: "Choose when the token expires" }).default(DEFAULT_TOKEN_LIFETIME),
});
export type TokenInput = z.input<typeof tokenSchema>;
