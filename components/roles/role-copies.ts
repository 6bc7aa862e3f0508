// Where the role form keeps its device copies (localStorage, one per user and role, or per
// template for a role not created yet), and the list of them sign-out reads: like a plan copy,
// unsaved work only its editor can save, named at sign-out, never dropped silently.
import { listDeviceCopies } from "@/components/ui/device-copy";
import { parseRoleCopy } from "@/lib/roles/role-copy";

const PREFIX = "aiops-role:";
const NEW_ROLE = "new-";

/** A saved role's copy is keyed by its id; a new role's by the template it started from. */
export const roleCopyId = (roleId: string | undefined, templateId: string) =>
  roleId ?? `${NEW_ROLE}${templateId || "blank"}`;
export const roleCopyKey = (userId: string, copyId: string) => `${PREFIX}${userId}:${copyId}`;
/** A copy made before someone else saved the role, held apart until its editor applies or discards it. */
const OLDER_PREFIX = "aiops-role-older:";
export const olderRoleCopyKey = (userId: string, copyId: string) => `${OLDER_PREFIX}${userId}:${copyId}`;

/** The page a copy belongs to: the role's edit page, or the new-role form with its template. */
export function roleCopyHref(copyId: string): string {
  if (!copyId.startsWith(NEW_ROLE)) return `/roles/${copyId}/edit`;
  const template = copyId.slice(NEW_ROLE.length);
  return template === "blank" ? "/roles/new?scratch=1" : `/roles/new?template=${encodeURIComponent(template)}`;
}

/** This user's readable role copies on this device: the storage key, where to open it, the title typed. */
export function listRoleCopies(
  userId: string,
  store?: Parameters<typeof listDeviceCopies>[3],
): { key: string; href: string; title: string; savedTitle: string | null; newRole: boolean }[] {
  return [PREFIX, OLDER_PREFIX].flatMap((prefix) =>
    listDeviceCopies(prefix, userId, parseRoleCopy, store).map(({ key, id, copy }) => ({
      key,
      href: roleCopyHref(id),
      title: copy.title,
      savedTitle: id.startsWith(NEW_ROLE) ? null : (copy.base?.title ?? null),
      newRole: id.startsWith(NEW_ROLE),
    })),
  );
}
