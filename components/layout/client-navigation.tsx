"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import {
  CLIENT_NAV_ATTRIBUTE,
  QUERY_FORM_ATTRIBUTE,
  clientNavigationTarget,
  queryFormTarget,
} from "@/lib/navigation/client-navigation";
import { TIME_ZONE_CHANGED } from "@/lib/time-zone-names";

let lastRefresh = 0; // the session's last refresh from this page load; survives client-side navigation

/**
 * Client-side navigation for every `components/ui/link` on the page, from one listener on the
 * document: what next/link did per link (a soft navigation that fetches the next page's server
 * components and keeps the loaded scripts), without a component per link. Also the soft refresh
 * the inline time-zone script asks for (lib/time-zone-script.ts), which needs the same router; and
 * the filter forms: sent without their empty fields, and reset on a page back from the back-forward
 * cache; and the session's keep-alive.
 */
export function ClientNavigation({ keepAliveSeconds }: { keepAliveSeconds: number }) {
  const router = useRouter();
  useEffect(() => {
    // Keeping the session alive while someone uses the app (in this component to spare every page
    // a module of its own): the idle timeout counts from the session token's last refresh, and
    // pages (server components) cannot rewrite cookies, so activity (clicking, typing, scrolling)
    // asks next-auth's session endpoint to refresh the token, at most every `keepAliveSeconds`. An
    // open tab nobody touches sends nothing and times out. Not on mount: a refresh answers with the
    // cookie of the session it was sent with, so one fired by a page load could land after the
    // person signed in as someone else (in another tab) and put the old session back.
    const refresh = () => {
      if (Date.now() - lastRefresh < keepAliveSeconds * 1000) return;
      lastRefresh = Date.now();
      void fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" }).catch(() => undefined);
    };
    const events = ["pointerdown", "keydown", "scroll"] as const;
    for (const e of events) window.addEventListener(e, refresh, { passive: true, capture: true });
    return () => {
      for (const e of events) window.removeEventListener(e, refresh, { capture: true });
    };
  }, [keepAliveSeconds]);
  useEffect(() => {
    // The page was rendered in another time zone than this browser's (lib/time-zone-script.ts):
    // render it again in the browser's, as a soft refresh that keeps what is on screen meanwhile.
    const flags = window as unknown as Record<string, unknown>;
    if (flags[TIME_ZONE_CHANGED]) {
      delete flags[TIME_ZONE_CHANGED];
      router.refresh();
    }
  }, [router]);
  useEffect(() => {
    // A page back from the back-forward cache is shown as it was left, its filter forms as typed
    // before they were last sent: reset them to the page's own query (components/ui/query-form.tsx).
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      for (const form of document.querySelectorAll<HTMLFormElement>(`form[${QUERY_FORM_ATTRIBUTE}]`)) form.reset();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);
  useEffect(() => {
    // A filter form (components/ui/query-form.tsx) loads its page anew, as its GET would, without
    // its empty fields. A whole load, not a client-side navigation: the browser shows it loading and
    // a screen reader announces the new page (Next announces a client-side one only when the title
    // changes, and a filtered list keeps its title).
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (event.defaultPrevented || !(form instanceof HTMLFormElement) || !form.hasAttribute(QUERY_FORM_ATTRIBUTE))
        return;
      const submitter = event.submitter instanceof HTMLButtonElement ? event.submitter : null;
      // The attribute, not `form.action`: a field named "action" (the audit log's) shadows that property.
      const action = form.getAttribute("action") ?? "";
      const url = queryFormTarget(action, new FormData(form, submitter), window.location.href);
      if (!url) return;
      event.preventDefault();
      window.location.assign(url);
    };
    document.addEventListener("submit", onSubmit);
    return () => document.removeEventListener("submit", onSubmit);
  }, []);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest(`a[${CLIENT_NAV_ATTRIBUTE}]`) : null;
      const url = clientNavigationTarget(
        event,
        anchor instanceof HTMLAnchorElement
          ? { href: anchor.href, target: anchor.target, download: anchor.hasAttribute("download") }
          : null,
        window.location.href,
      );
      if (!url) return;
      event.preventDefault();
      router.push(url);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
