// The inline script that tells the server the browser's time zone (lib/time-zone-script.ts), run
// against a fake document: when it sets the cookie, when it asks the shell for a refresh, and that
// it never loops or throws when cookies are off or Intl fails.
import { describe, expect, it } from "vitest";
import { TIME_ZONE_CHANGED } from "@/lib/time-zone-names";
import { timeZoneCookieScript } from "@/lib/time-zone-script";

function run(zone: string | (() => never), cookies: string, opts: { cookiesOff?: boolean } = {}) {
  const jar = new Map(
    cookies
      .split("; ")
      .filter(Boolean)
      .map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)] as const),
  );
  const written: string[] = [];
  const document = {
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    },
    set cookie(line: string) {
      written.push(line);
      if (opts.cookiesOff) return;
      const pair = line.split(";")[0]!;
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    },
  };
  const window: Record<string, unknown> = {};
  const Intl = {
    DateTimeFormat: () => ({
      resolvedOptions: () => ({ timeZone: typeof zone === "function" ? zone() : zone }),
    }),
  };
  new Function("document", "window", "Intl", timeZoneCookieScript())(document, window, Intl);
  return { cookie: jar.get("tz"), written, refresh: window[TIME_ZONE_CHANGED] === true };
}

describe("the inline time-zone script", () => {
  it("sets the cookie on a first visit and asks for a refresh when the page was rendered in UTC for another zone", () => {
    const r = run("Europe/Berlin", "");
    expect(r.cookie).toBe("Europe%2FBerlin");
    expect(r.written[0]).toBe("tz=Europe%2FBerlin; path=/; max-age=31536000; samesite=lax");
    expect(r.refresh).toBe(true);
  });

  it("sets the cookie without a refresh when the browser is in UTC, the zone the page was rendered in", () => {
    expect(run("UTC", "")).toMatchObject({ cookie: "UTC", refresh: false });
  });

  it("does nothing while the cookie names the browser's zone", () => {
    expect(run("Asia/Tokyo", "a=1; tz=Asia%2FTokyo; b=2")).toMatchObject({ written: [], refresh: false });
  });

  it("rewrites the cookie and asks for a refresh when the browser has moved to another zone", () => {
    expect(run("Asia/Tokyo", "tz=Europe%2FBerlin")).toMatchObject({ cookie: "Asia%2FTokyo", refresh: true });
  });

  it("is not fooled by another cookie whose name ends in tz", () => {
    expect(run("Asia/Tokyo", "xtz=Asia%2FTokyo")).toMatchObject({ cookie: "Asia%2FTokyo", refresh: true });
  });

  it("asks for no refresh when the cookie did not take (cookies off), so a page never refreshes in a loop", () => {
    const r = run("Europe/Berlin", "", { cookiesOff: true });
    expect(r.written).toHaveLength(1);
    expect(r.refresh).toBe(false);
  });

  it("leaves the page alone when the browser reports no zone or Intl fails", () => {
    expect(run("", "")).toMatchObject({ written: [], refresh: false });
    expect(
      run(() => {
        throw new Error("no Intl");
      }, ""),
    ).toMatchObject({ written: [], refresh: false });
  });
});
