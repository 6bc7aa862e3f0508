// What signing out does, loaded when someone clicks "Sign out" rather than with every page:
// next-auth's client, the scorecard copies on this device and the server action that saves them.
import { signOut } from "next-auth/react";
import { saveDraftAction } from "@/lib/scorecards/actions";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { settleLocalCopies } from "@/components/scorecard/local-copies";

export { removeLocalCopies } from "@/components/scorecard/local-copies";
export type Kept = { key: string; interviewId: string }[];

/** Offers this device's copies to the server; returns those it could not take. */
export const settle = (userId: string): Promise<Kept> => settleLocalCopies(userId, saveDraftAction);

/** Ends the session (every session of the person with `everywhere`); a message when that failed. */
export async function leave(everywhere: boolean): Promise<string | null> {
  if (everywhere) {
    const res = await signOutEverywhereAction().catch(() => null);
    // Still signed in elsewhere: say so rather than pretend.
    if (!res?.ok && res?.kind !== "unauthenticated") return res?.message ?? "Could not reach the server; nothing was changed. Try again.";
  }
  await signOut({ callbackUrl: "/signin" });
  return null;
}
