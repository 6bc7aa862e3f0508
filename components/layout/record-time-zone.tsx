"use client";
// Rendered by the (app) layout only when the browser's `tz` cookie names a zone other than the one
// stored for the person: records it once (emails then give times in it). Renders nothing. The
// action is imported when needed, not with the page: its client wiring rode in every signed-in
// page's first load for a call made on few of them (stop 64, the JavaScript budget).
import { useEffect, useRef } from "react";

export function RecordTimeZone({ zone }: { zone: string }) {
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === zone) return;
    sent.current = zone;
    void import("@/lib/people/actions").then((actions) => actions.recordTimeZoneAction()).catch(() => undefined); // tried again on a later page
  }, [zone]);
  return null;
}
