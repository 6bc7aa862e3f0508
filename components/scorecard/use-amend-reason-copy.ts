"use client";
// An amendment's reason, kept in this tab while amending: a reload brings it back with the
// answers (which the device copy keeps); it ends with the tab, as the amendment does.
import { useEffect, useMemo } from "react";
import { deviceCopy, tabStorage } from "@/components/ui/device-copy";

export function useAmendReasonCopy(userId: string, interviewId: string, amending: boolean, reason: string) {
  const copy = useMemo(
    () =>
      deviceCopy(
        `aiops-amend-reason:${userId}:${interviewId}`,
        (raw) => (typeof raw === "string" ? raw : null),
        tabStorage(),
      ),
    [userId, interviewId],
  );
  useEffect(() => {
    if (amending && reason) copy.write(reason);
  }, [amending, reason, copy]);
  return copy;
}
