"use client";
// One rule for every control that acts on something another tab or person may have changed: a
// refusal that is not about a field typed here refreshes the page, so it shows where things stand.
import { useRouter } from "next/navigation";
import { refusalMayBeStale, type ActionFailure } from "@/lib/action-result";

/** Returns `(res) => void`; `fixable` lists the fields whose errors the person corrects in place (none: any field error). */
export function useRefreshOnStaleRefusal(fixable: readonly string[] = []) {
  const router = useRouter();
  return (res: ActionFailure) => {
    if (refusalMayBeStale(res, fixable)) router.refresh();
  };
}
