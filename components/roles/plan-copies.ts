// Where the plan editor keeps its device copies (localStorage, one per user and role), and the
// list of them sign-out reads: a plan copy is unsaved work that only its editor can save, so
// signing out names it and asks, never drops it silently.
import { listDeviceCopies } from "@/components/ui/device-copy";
import { parsePlanCopy } from "@/lib/roles/plan-draft";

const PREFIX = "aiops-plan:";
export const planCopyKey = (userId: string, roleId: string) => `${PREFIX}${userId}:${roleId}`;
/** A copy made on an older version of the plan, held apart until its editor applies or discards it. */
const OLDER_PREFIX = "aiops-plan-older:";
export const olderPlanCopyKey = (userId: string, roleId: string) => `${OLDER_PREFIX}${userId}:${roleId}`;

/** This user's readable plan copies on this device: the storage key, the role and its title when known. */
export function listPlanCopies(
  userId: string,
  store?: Parameters<typeof listDeviceCopies>[3],
): { key: string; roleId: string; title: string | null }[] {
  return [PREFIX, OLDER_PREFIX].flatMap((prefix) =>
    listDeviceCopies(prefix, userId, parsePlanCopy, store).map(({ key, id, copy }) => ({
      key,
      roleId: id,
      title: copy.title ?? null,
    })),
  );
}
