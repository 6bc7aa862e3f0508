// Where the debrief's decision form keeps a typed decision and rationale (localStorage, one per
// user and application) until it is recorded, and the list of them sign-out reads: a rationale
// is minutes of careful writing, lost to a reload, a closed tab or a dropped connection otherwise.
import { deviceCopy, listDeviceCopies } from "@/components/ui/device-copy";
import { DECISIONS, type DecisionInput } from "@/lib/validation/decision";

const PREFIX = "aiops-decision:";

export type DecisionCopy = { decision: DecisionInput["decision"] | null; rationale: string; candidate: string };

/** A stored value as a copy, or null when it is not one (an older format, a hand-edited value). */
export function parseDecisionCopy(raw: unknown): DecisionCopy | null {
  if (!raw || typeof raw !== "object") return null;
  const { decision, rationale, candidate } = raw as Record<string, unknown>;
  if (typeof rationale !== "string" || typeof candidate !== "string") return null;
  const known = DECISIONS.find((d) => d === decision) ?? null;
  if (decision != null && !known) return null;
  return { decision: known, rationale, candidate };
}

export const decisionCopy = (userId: string, applicationId: string, store?: Parameters<typeof deviceCopy>[2]) =>
  deviceCopy(`${PREFIX}${userId}:${applicationId}`, parseDecisionCopy, store);

/** This user's decision copies on this device: the storage key, the application, whose it is. */
export function listDecisionCopies(userId: string, store?: Parameters<typeof listDeviceCopies>[3]) {
  return listDeviceCopies(PREFIX, userId, parseDecisionCopy, store).map(({ key, id, copy }) => ({
    key,
    applicationId: id,
    candidate: copy.candidate,
  }));
}
