// What signing out does, loaded when someone clicks "Sign out" rather than with every page:
// next-auth's client, the scorecard copies on this device and the server action that saves them,
// and the plan, job-description, role and decision forms' copies (unsaved edits only their editor can save:
// listed, never sent).
import { signOut } from "next-auth/react";
import { saveDraftAction } from "@/lib/scorecards/actions";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { listPlanCopies } from "@/components/roles/plan-copies";
import { listJdCopies } from "@/components/job-descriptions/jd-copies";
import { listRoleCopies } from "@/components/roles/role-copies";
import { listDecisionCopies } from "@/components/candidates/decision-copies";
import { settleLocalCopies } from "@/components/scorecard/local-copies";

export { removeLocalCopies } from "@/components/scorecard/local-copies";
export { markCopiesDiscarded } from "@/components/ui/device-copy";
import type { Kept } from "./kept-copies";

export type { Kept };

/**
 * Offers this device's scorecard copies to the server; returns those it could not take, then
 * this user's unsaved interview-plan and job-description edits (saved deliberately, so never sent).
 */
export async function settle(userId: string): Promise<Kept> {
  const scorecards = await settleLocalCopies(userId, saveDraftAction);
  return [
    ...scorecards.map((k) => ({
      key: k.key,
      kind: "scorecard" as const,
      href: `/interviews/${k.interviewId}`,
      label: "Open the scorecard",
    })),
    ...listPlanCopies(userId).map((p) => ({
      key: p.key,
      kind: "plan" as const,
      href: `/roles/${p.roleId}/plan`,
      label: p.title ? `Open the interview plan of ${p.title}` : "Open the interview plan",
    })),
    ...listJdCopies(userId).map((j) => ({
      key: j.key,
      kind: "job description" as const,
      href: `/roles/${j.roleId}/job-description`,
      label: j.title ? `Open the job description of ${j.title}` : "Open the job description",
    })),
    ...listRoleCopies(userId).map((r) => ({
      key: r.key,
      kind: "role" as const,
      href: r.href,
      // The title is the one typed, not saved yet: said as such, and a role not created yet as new.
      label: r.newRole
        ? `Open the new role, not created yet${r.title ? ` (title typed: “${r.title}”)` : ""}`
        : `Open the edit form of ${r.savedTitle ? `“${r.savedTitle}”` : "a role"}${r.title && r.title !== r.savedTitle ? ` (title typed: “${r.title}”)` : ""}`,
    })),
    ...listDecisionCopies(userId).map((d) => ({
      key: d.key,
      kind: "decision" as const,
      href: `/candidates/${d.applicationId}/debrief`,
      label: `Open the debrief of ${d.candidate}`,
    })),
  ];
}

/** Ends the session (every session of the person with `everywhere`); a message when that failed. */
export async function leave(everywhere: boolean): Promise<string | null> {
  if (everywhere) {
    const res = await signOutEverywhereAction().catch(() => null);
    // Still signed in elsewhere: say so rather than pretend.
    if (!res?.ok && res?.kind !== "unauthenticated")
      return res?.message ?? "Could not reach the server; nothing was changed. Try again.";
  }
  await signOut({ callbackUrl: "/signin" });
  return null;
}
