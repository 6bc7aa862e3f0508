import { z } from "zod";

/** An email address; `whose` names it in the message for a blank field ("your", "their"). */
export const emailAddress = (whose: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, `Enter ${whose} email address`)
    .max(254, "That email address is too long")
    .pipe(z.email("Enter a valid email address, like name@company.com"));
export const emailField = emailAddress("your");

export const PASSWORD_MIN = 12;
const PASSWORD_MAX_BYTES = 72;
const PASSWORD_MIN_DISTINCT = 5;
/** A new password's rules (the strength check against guessing is the server's: lib/auth/password-strength.ts). */
const newPassword = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  // bcrypt reads the first 72 bytes only: a longer password would be cut without a word.
  .refine((p) => new TextEncoder().encode(p).length <= PASSWORD_MAX_BYTES, {
    message: `Keep the password to ${PASSWORD_MAX_BYTES} bytes at most (${PASSWORD_MAX_BYTES} plain letters, fewer with accents or emoji)`,
  })
  .refine((p) => p.trim().length > 0 && new Set(p).size >= PASSWORD_MIN_DISTINCT, {
    message: `Use at least ${PASSWORD_MIN_DISTINCT} different characters: spaces or one key held down are easy to guess`,
  });
const samePasswordTwice = (v: { password: string; confirm: string }) => v.password === v.confirm;
const DIFFER = { path: ["confirm"], message: "The two passwords differ" };

/** Setting a password from an invitation link: the token travels in the body, never in a URL the server logs. */
export const setPasswordSchema = z
  .object({
    token: z.string().min(20, "This link is incomplete").max(200, "This link is malformed"),
    password: newPassword,
    confirm: z.string(),
  })
  .refine(samePasswordTwice, DIFFER);

/** Changing one's own password while signed in: the current one proves it is the person, not a borrowed session. */
export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password").max(200, "That password is too long"),
    password: newPassword,
    confirm: z.string(),
  })
  .refine(samePasswordTwice, DIFFER)
  .refine((v) => v.password !== v.current, { path: ["password"], message: "Choose a password you have not used here" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password").max(200, "That password is too long"),
});
export type SignInInput = z.infer<typeof signInSchema>;
