"use client";
// Rendered by the (app) layout only when the browser's `tz` cookie names a zone other than the one
// stored for the person: records it once (emails then give times in it). Renders nothing.
import { useEffect, useRef } from "react";
import { recordTimeZoneAction } from "@/lib/people/actions";

export function RecordTimeZone({ zone }: { zone: string }) {
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === zone) return;
    sent.current = zone;
    void recordTimeZoneAction().catch(() => undefined); // tried again on a later page
  }, [zone]);
  return null;
}
