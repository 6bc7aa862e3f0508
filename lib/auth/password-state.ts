// Whether a person has a password here at all: single sign-on accounts (and people who have not
// accepted their invitation yet) have none, so the account page offers no change form to them.
import "server-only";
import { db } from "../db";

export async function hasPassword(userId: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return !!row?.passwordHash;
}
