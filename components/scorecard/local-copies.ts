// This device's copies of scorecard answers the server may not have yet, in localStorage.
// Keyed by user and interview, so a shared device never offers one person's text to another;
// cleared when the server has them, and at sign-out (see settleLocalCopies).
import type { ScorecardValues } from "@/lib/validation/scorecard";

/**
 * `base`: the values the server held at `baseVersion`, so a copy based on an older version is
 * merged field by field with the newer one (lib/scorecards/merge.ts); copies written before it
 * was kept, and amendments, have none and are settled as a whole.
 */
export type LocalCopy = { values: ScorecardValues; baseVersion: number; base?: ScorecardValues | null; at: string };
type Store = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

const PREFIX = "aiops-scorecard:";
export const localCopyKey = (userId: string, interviewId: string) => `${PREFIX}${userId}:${interviewId}`;
// Before copies were keyed by user: `aiops-scorecard:<interviewId>`. Still read, never written.
const legacyKey = (interviewId: string) => `${PREFIX}${interviewId}`;

function browserStorage(): Store | null {
  try {
    return window.localStorage;
  } catch {
    return null; // no window (server), or storage disabled
  }
}

function parse(raw: string | null): LocalCopy | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(raw) as LocalCopy;
    return c && typeof c === "object" && Array.isArray(c.values?.scores) && Number.isInteger(c.baseVersion) ? c : null;
  } catch {
    return null;
  }
}

export function readLocalCopy(userId: string, interviewId: string, store = browserStorage()): LocalCopy | null {
  if (!store) return null;
  try {
    const own = parse(store.getItem(localCopyKey(userId, interviewId)));
    if (own) return own;
    // A copy from before the per-user keys: an interview belongs to one interviewer, so it is
    // this user's. Moved to the new key so sign-out can find it.
    const legacy = parse(store.getItem(legacyKey(interviewId)));
    if (legacy) {
      store.setItem(localCopyKey(userId, interviewId), JSON.stringify(legacy));
      store.removeItem(legacyKey(interviewId));
    }
    return legacy;
  } catch {
    return null;
  }
}

export function writeLocalCopy(userId: string, interviewId: string, copy: LocalCopy, store = browserStorage()) {
  try {
    store?.setItem(localCopyKey(userId, interviewId), JSON.stringify(copy));
  } catch {
    /* private mode or quota: the server save still runs */
  }
}

export function clearLocalCopy(userId: string, interviewId: string, store = browserStorage()) {
  try {
    store?.removeItem(localCopyKey(userId, interviewId));
    store?.removeItem(legacyKey(interviewId));
  } catch {
    /* storage unavailable: nothing to clear */
  }
}

/** This user's copies (and any legacy, un-keyed ones), with the interview each is for. */
export function listLocalCopies(
  userId: string,
  store = browserStorage(),
): { key: string; interviewId: string; copy: LocalCopy | null }[] {
  if (!store) return [];
  const found: { key: string; interviewId: string; copy: LocalCopy | null }[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const rest = key.slice(PREFIX.length).split(":");
      const interviewId = rest.length === 1 ? rest[0] : rest[0] === userId ? rest[1] : undefined;
      if (interviewId) found.push({ key, interviewId, copy: parse(store.getItem(key)) });
    }
  } catch {
    /* storage unavailable */
  }
  return found;
}

type Save = (input: {
  interviewId: string;
  expectedVersion: number;
  values: ScorecardValues;
}) => Promise<{ ok: boolean }>;

/**
 * At sign-out: offers each of this user's copies to the server once (a normal draft save,
 * compare-and-set on the copy's version, so nothing newer is overwritten) and deletes the
 * copies the server now has: saved, or identical to what it holds. Returns the copies it kept
 * (offline, signed out, closed application, changed elsewhere, an unsaved amendment): the user
 * is asked what to do with those, never silently deprived of them.
 */
export async function settleLocalCopies(userId: string, save: Save, store = browserStorage(), timeoutMs = 5000) {
  const kept: { key: string; interviewId: string }[] = [];
  for (const { key, interviewId, copy } of listLocalCopies(userId, store)) {
    if (!copy) {
      store?.removeItem(key); // unreadable: nothing to save or show
      continue;
    }
    let saved = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // A hanging server must not hang the sign-out button: no answer in time counts as not saved.
      const timeout = new Promise<{ ok: false }>(
        (resolve) => (timer = setTimeout(() => resolve({ ok: false }), timeoutMs)),
      );
      saved = (
        await Promise.race([save({ interviewId, expectedVersion: copy.baseVersion, values: copy.values }), timeout])
      ).ok;
    } catch {
      saved = false; // unreachable server: keep it
    } finally {
      clearTimeout(timer);
    }
    if (saved) store?.removeItem(key);
    else kept.push({ key, interviewId });
  }
  return kept;
}

export function removeLocalCopies(keys: string[], store = browserStorage()) {
  for (const key of keys) {
    try {
      store?.removeItem(key);
    } catch {
      /* storage unavailable */
    }
  }
}
