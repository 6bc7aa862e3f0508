// Authorization helpers used by every page, server action and route handler.
// The user's kind and active flag are read from the database on every request.
import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { REQUEST_PATH_HEADER, signInPath } from "./return-to";
import { cache } from "react";
import { db } from "../db";
import type { UserKind } from "../generated/prisma/enums";
import { can, type Capability } from "./permissions";
import { authOptions } from "./options";
import { sessionRefOf, type SessionRef } from "./session-token";

/** `timeZone`: the zone last recorded from their browser (null until then; absent where not loaded). */
export type CurrentUser = { id: string; email: string; name: string; kind: UserKind; timeZone?: string | null };

/** The person behind what next-auth's session callback returned (lib/auth/options.ts), or null. */
export async function sessionUser(session: unknown): Promise<CurrentUser | null> {
  const ref = sessionRefOf(session);
  return ref ? userForSession(ref) : null;
}

export const currentUser = cache(async (): Promise<CurrentUser | null> =>
  sessionUser(await getServerSession(authOptions())),
);

type SessionRow = {
  id: string;
  email: string;
  name: string;
  kind: UserKind;
  timeZone: string | null;
  active: boolean;
  sessionGeneration: number;
  signedOut: boolean;
};

/**
 * The person behind a session, as the database has them now: a session signed before an
 * admin deactivated someone or changed their kind, before "sign out everywhere", or one that
 * was signed out, is refused at its next request. One statement: this runs on every request.
 */
export async function userForSession(ref: SessionRef): Promise<CurrentUser | null> {
  const [user] = await db.$queryRaw<SessionRow[]>`
    SELECT u.id, u.email, u.name, u.kind::text AS kind, u."timeZone", u.active, u."sessionGeneration",
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.id = ${ref.sid}) AS "signedOut"
    FROM "User" u WHERE u.id = ${ref.uid}`;
  if (!user || !user.active || user.sessionGeneration !== ref.gen || user.signedOut) return null;
  return { id: user.id, email: user.email, name: user.name, kind: user.kind, timeZone: user.timeZone };
}

/** For pages: redirects to sign-in, and back here after it, when nobody (or a deactivated user) is signed in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath((await headers()).get(REQUEST_PATH_HEADER)));
  return user;
}

/** For pages: renders the 403 page unless the user's kind has `capability` (lib/auth/permissions.ts). */
export async function requireCapability(capability: Capability): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, capability)) forbidden();
  return user;
}
