"use server";
// API tokens: each user manages their own (lib/api/tokens.ts scopes every query to the user).
import { z } from "zod";
import { defineAction } from "../run-action";
import { idSchema } from "../validation/id";
import { tokenSchema } from "../validation/token";
import { createApiToken, revokeApiToken } from "./tokens";

const opts = { revalidate: "/settings/tokens" };

export const createApiTokenAction = defineAction(tokenSchema, (actor, input) => createApiToken(actor, input), opts);
export const revokeApiTokenAction = defineAction(
  z.tuple([idSchema]),
  (actor, [tokenId]) => revokeApiToken(actor, tokenId),
  opts,
);
