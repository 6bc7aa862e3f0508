// The API token form's one input, shared by the settings form and lib/api/tokens.ts.
import { z } from "zod";
import { userText } from "./text";

export const tokenNameSchema = z.object({ name: userText().trim().min(2, "Name the token after what uses it, e.g. “ATS sync”").max(80, "Keep the name under 80 characters") });
export type TokenNameInput = z.infer<typeof tokenNameSchema>;
