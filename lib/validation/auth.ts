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
/** Setting a password from an invitation link: the token travels in the body, never in a URL the server logs. */
export const setPasswordSchema = z
  .object({
    token: z.string().min(20, "This link is incomplete").max(200, "This link is malformed"),
    password: z
      .string()
      .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
      .max(200, "Keep the password under 200 characters"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password").max(200, "That password is too long"),
});
export type SignInInput = z.infer<typeof signInSchema>;
