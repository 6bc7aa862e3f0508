// A form's unsaved work kept in this browser's localStorage, keyed by user so a shared device
// never offers one person's work to another. Storage may be missing (server render) or refuse
// (private mode, quota): then nothing is kept and the form works as before.
type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** This tab's sessionStorage, for a copy that should end with the tab (pass it to deviceCopy). */
export function tabStorage(): Store | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** `parse` decides whether what is stored is usable (an older format or a tampered value is dropped). */
export function deviceCopy<T>(key: string, parse: (raw: unknown) => T | null, store: Store | null = browserStorage()) {
  return {
    read(): T | null {
      try {
        const raw = store?.getItem(key);
        return raw ? parse(JSON.parse(raw)) : null;
      } catch {
        return null;
      }
    },
    write(value: T) {
      try {
        store?.setItem(key, JSON.stringify(value));
      } catch {
        /* no room or no storage: the server save still works */
      }
    },
    clear() {
      try {
        store?.removeItem(key);
      } catch {
        /* storage unavailable: nothing to clear */
      }
    },
  };
}

type ListableStore = Pick<Storage, "getItem" | "key" | "length">;

/**
 * This user's readable copies of one kind on this device (keys `${prefix}${userId}:${id}`), for
 * sign-out to name: the storage key, the id after the user's part, and the parsed copy.
 */
export function listDeviceCopies<T>(
  prefix: string,
  userId: string,
  parse: (raw: unknown) => T | null,
  store: ListableStore | null = browserStorage(),
): { key: string; id: string; copy: T }[] {
  if (!store) return [];
  const own = `${prefix}${userId}:`;
  const found: { key: string; id: string; copy: T }[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(own)) continue;
      let copy: T | null = null;
      try {
        copy = parse(JSON.parse(store.getItem(key) ?? "null"));
      } catch {
        copy = null;
      }
      if (copy) found.push({ key, id: key.slice(own.length), copy });
    }
  } catch {
    /* storage unavailable */
  }
  return found;
}

const DISCARDED_PREFIX = "aiops-copies-discarded-at:";

/** Sign-out's "delete them": other open tabs of this person must not write their copies back. */
export function markCopiesDiscarded(userId: string, store: Store | null = browserStorage()) {
  try {
    store?.setItem(`${DISCARDED_PREFIX}${userId}`, String(Date.now()));
  } catch {
    /* storage unavailable: nothing was kept either */
  }
}

/** Whether this person deleted their device copies at sign-out at or after `since` (epoch ms). */
export function copiesDiscardedSince(
  userId: string,
  since: number,
  store: Pick<Storage, "getItem"> | null = browserStorage(),
) {
  try {
    return Number(store?.getItem(`${DISCARDED_PREFIX}${userId}`) ?? 0) >= since;
  } catch {
    return false;
  }
}
