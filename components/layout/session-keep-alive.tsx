"use client";
// The idle timeout counts from the session token's last refresh, and pages (server components)
// cannot rewrite cookies. So while someone is actually using the app (clicking, typing,
// scrolling) this asks next-auth's session endpoint to refresh the token,
// at most every `everySeconds`. An open tab nobody touches sends nothing and times out.
import { usePathname } from "next/navigation";
import { useEffect } from "react";

let lastRefresh = 0; // per page load; survives client-side navigation

export function SessionKeepAlive({ everySeconds }: { everySeconds: number }) {
  const pathname = usePathname();
  useEffect(() => {
    const refresh = () => {
      if (Date.now() - lastRefresh < everySeconds * 1000) return;
      lastRefresh = Date.now();
      void fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" }).catch(() => undefined);
    };
    // Not on mount: a refresh answers with the cookie of the session it was sent with, so one
    // fired by a page load could land after the person signed in as someone else (in another
    // tab) and put the old session back. Interaction is the activity that counts; reaching
    // another page takes a click or a key anyway.
    const events = ["pointerdown", "keydown", "scroll"] as const;
    for (const e of events) window.addEventListener(e, refresh, { passive: true, capture: true });
    return () => {
      for (const e of events) window.removeEventListener(e, refresh, { capture: true });
    };
  }, [everySeconds, pathname]);
  return null;
}
