"use client";
// Asks before leaving a page that holds unsaved work: the browser's own prompt on reload, close
// or an address typed, and a confirm on a link inside the app (Next's client navigation never
// fires beforeunload). A link click is caught on the document in the capture phase, before
// Next's <Link> handler runs, so cancelling keeps the page as it is.
import { useEffect, useRef } from "react";

export const UNSAVED_MESSAGE = "You have unsaved changes on this page. Leave without saving them?";

// Clicks already answered "leave" by one guard: a page with several dirty forms asks once.
const leaveConfirmed = new WeakSet<Event>();

export function useUnsavedGuard(dirty: boolean, message = UNSAVED_MESSAGE) {
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  });
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (dirtyRef.current) e.preventDefault();
    };
    const click = (e: MouseEvent) => {
      if (!dirtyRef.current || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
        return;
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!(a instanceof HTMLAnchorElement) || a.target === "_blank" || a.hasAttribute("download")) return;
      const to = new URL(a.href, location.href);
      // A jump within this page (#anchor) leaves nothing behind.
      if (to.origin === location.origin && to.pathname === location.pathname && to.search === location.search) return;
      if (leaveConfirmed.has(e)) return;
      if (window.confirm(message)) {
        leaveConfirmed.add(e);
        return;
      }
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [message]);
}
