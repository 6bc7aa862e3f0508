// The job-description editor's device copy (localStorage, one per user and role), like the plan
// editor's: text typed and not saved survives a reload or a closed tab, is offered back with a
// notice, and is named at sign-out; it goes once the server has the text.
import { listDeviceCopies } from "@/components/ui/device-copy";
import type { GeneratedFrom } from "@/lib/job-descriptions/generate";

export type JdCopy = {
  text: string;
  /** The saved version the edit built on: saving the restored text still detects a save made since. */
  basedOn: string | null;
  /** What the text was generated from, when it came from Regenerate (the server checks it again). */
  origin?: GeneratedFrom;
  at: string;
  title?: string;
};

const PREFIX = "aiops-jd:";
/** Far above the 20,000 characters the server takes: an over-long draft is kept so it can be cut, not lost. */
const TEXT_CAP = 200_000;

export const jdCopyKey = (userId: string, roleId: string) => `${PREFIX}${userId}:${roleId}`;

/** A stored copy, or null when it is not one (an older format, a tampered or cut-off value). */
export function parseJdCopy(raw: unknown): JdCopy | null {
  if (!raw || typeof raw !== "object") return null;
  const c = raw as Record<string, unknown>;
  if (typeof c.text !== "string" || c.text.length > TEXT_CAP || typeof c.at !== "string") return null;
  if (c.basedOn !== null && typeof c.basedOn !== "string") return null;
  const o = c.origin as Record<string, unknown> | undefined;
  const origin = o && typeof o === "object" && Array.isArray(o.targets) && typeof o.text === "string" ? o : undefined;
  const title = typeof c.title === "string" ? c.title.slice(0, 200) : undefined;
  return {
    text: c.text,
    basedOn: c.basedOn as string | null,
    at: c.at,
    ...(origin ? { origin: origin as GeneratedFrom } : {}),
    ...(title ? { title } : {}),
  };
}

/** This user's job-description copies on this device, for sign-out. */
export function listJdCopies(userId: string, store?: Parameters<typeof listDeviceCopies>[3]) {
  return listDeviceCopies(PREFIX, userId, parseJdCopy, store).map(({ key, id, copy }) => ({
    key,
    roleId: id,
    title: copy.title ?? null,
  }));
}
