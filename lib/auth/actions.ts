"use server";
import { z } from "zod";
import { defineAction } from "../run-action";
import { headers } from "next/headers";
import { env } from "../env";
import { clientAddress } from "../rate-limit/client-address";
import { changePasswordSchema } from "../validation/auth";
import { changePassword } from "./change-password";
import { signOutEverywhere } from "./sessions";

export const signOutEverywhereAction = defineAction(z.tuple([]), (actor) => signOutEverywhere(actor));

/** Anyone signed in, for their own password; the address feeds the sign-in throttle a wrong current password counts against. */
export const changePasswordAction = defineAction(changePasswordSchema, async (actor, input) =>
  changePassword(actor, input, clientAddress((await headers()).get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS)),
);
