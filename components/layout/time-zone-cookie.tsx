"use client";
// Tells the server the viewer's time zone (lib/viewer-time-zone.ts reads the cookie), so every
// date is rendered in it. Renders nothing; refreshes once when the zone is new or has changed.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { browserTimeZone, DEFAULT_TIME_ZONE, TIME_ZONE_COOKIE } from "@/lib/dates";

export function TimeZoneCookie() {
  const router = useRouter();
  useEffect(() => {
    const zone = browserTimeZone();
    const current = document.cookie.match(new RegExp(`(?:^|; )${TIME_ZONE_COOKIE}=([^;]*)`))?.[1];
    const rendered = current ? decodeURIComponent(current) : DEFAULT_TIME_ZONE;
    if (current && rendered === zone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    // The page was rendered in `rendered`; only a different zone needs a new render.
    if (rendered !== zone) router.refresh();
  }, [router]);
  return null;
}
