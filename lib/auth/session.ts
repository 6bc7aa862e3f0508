// Authorization helpers used by every page, server action and route handler.
// The user's kind and active flag are read from the database on every request.
import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import type { UserKind } from "../generated/prisma/enums";
import { can, type Capability } from "./permissions";
import { authOptions } from "./options";

export type CurrentUser = { id: string; email: string; name: string; kind: UserKind };

export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions())) as { userId?: string } | null;
  if (!session?.userId) return null;
  return userForSession(session.userId);
});

/**
 * The person behind a session, as the database has them now: a session signed before an
 * admin deactivated someone or changed their kind gets the new answer on its next request.
 */
export async function userForSession(userId: string): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, kind: true, active: true },
  });
  if (!user || !user.active) return null; // deactivated: signed out at the next request
  return { id: user.id, email: user.email, name: user.name, kind: user.kind };
}

/** For pages: redirects to sign-in when nobody (or a deactivated user) is signed in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return user;
}

/** For pages and actions: renders the 403 page unless the user is one of `kinds`. */
export async function requireKind(...kinds: UserKind[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!kinds.includes(user.kind)) forbidden();
  return user;
}

/** For pages: renders the 403 page unless the user's kind has `capability` (lib/auth/permissions.ts). */
export async function requireCapability(capability: Capability): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, capability)) forbidden();
  return user;
}
