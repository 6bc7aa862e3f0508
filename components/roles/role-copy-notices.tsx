"use client";
// What the role form says about work kept on this device (use-role-copy.ts): a copy it put back,
// or one held back because the role was saved by someone since it was made.
import { RestoredNotice } from "@/components/ui/restored-notice";
import { formatDateTime } from "@/lib/dates";
import type { useRoleCopy } from "./use-role-copy";

export function RoleCopyNotices({
  copy,
  timeZone,
  creating,
  loadedVersion,
}: {
  copy: ReturnType<typeof useRoleCopy>;
  timeZone: string | null;
  /** A role not created yet ("create the role to keep them"). */
  creating: boolean;
  /** The role's version the form was loaded at (null when creating). */
  loadedVersion: number | null;
}) {
  const { stale, restored } = copy;
  if (!stale && !restored) return null;
  return (
    <div className="grid gap-3 lg:col-span-2">
      {stale ? (
        <RestoredNotice
          id="role-stale-h"
          title="Unsaved changes on this device, made before the role was saved again"
          discardLabel="Discard them"
          onDiscard={copy.discardStale}
          action={{ label: "Put my changes in the form", onClick: copy.applyStale }}
        >
          You changed this role on {formatDateTime(stale.at, timeZone)} without saving, and it has been saved since. The
          form shows the role as it is now. Put your changes in the form to review them (the fields you changed replace
          the newer values; the rest stays as saved), or discard them.
        </RestoredNotice>
      ) : null}
      {restored ? (
        <RestoredNotice
          id="role-restored-h"
          title="Unsaved changes restored from this device"
          discardLabel="Discard them"
          onDiscard={copy.discard}
        >
          This form holds changes you made on {formatDateTime(restored.at, timeZone)} that were never saved. They are
          not saved yet: {creating ? "create the role" : "save the role"} to keep them.
          {restored.baseVersion !== loadedVersion
            ? " The role has been saved by someone since: your changes are on top of that version. Check them before saving."
            : ""}
        </RestoredNotice>
      ) : null}
    </div>
  );
}
