// Where the plan editor keeps its device copies (localStorage, one per user and role), and the
// list of them sign-out reads: a plan copy is unsaved work that only its editor can save, so
// signing out names it and asks, never drops it silently.
import { parsePlanCopy } from "@/lib/roles/plan-draft";

type Store = Pick<Storage, "getItem" | "key" | "length">;

const PREFIX = "aiops-plan:";
export const planCopyKey = (userId: string, roleId: string) => `${PREFIX}${userId}:${roleId}`;

function browserStorage(): Store | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** This user's readable plan copies on this device: the storage key, the role and its title when known. */
export function listPlanCopies(
  userId: string,
  store = browserStorage(),
): { key: string; roleId: string; title: string | null }[] {
  if (!store) return [];
  const own = `${PREFIX}${userId}:`;
  const found: { key: string; roleId: string; title: string | null }[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(own)) continue;
      let copy = null;
      try {
        copy = parsePlanCopy(JSON.parse(store.getItem(key) ?? "null"));
      } catch {
        copy = null;
      }
      if (copy) found.push({ key, roleId: key.slice(own.length), title: copy.title ?? null });
    }
  } catch {
    /* storage unavailable */
  }
  return found;
}
