// The browser tells the server its time zone in the `tz` cookie (read by lib/viewer-time-zone.ts),
// so every date is rendered in it. A few lines inline in the root layout's HTML do it, before the
// page's scripts have loaded and with no module of their own: a client component here cost every
// page about 1 KB of script (the component plus lib/dates' zone checks) for one cookie.
// The cookie holds the zone as the browser names it; the server maps old names to IANA's.
import { DEFAULT_TIME_ZONE, TIME_ZONE_CHANGED, TIME_ZONE_COOKIE } from "./time-zone-names";

/**
 * The inline script's source. It sets the cookie when it is missing or names another zone, and
 * flags a refresh (window[TIME_ZONE_CHANGED], acted on by the signed-in shell) only when the page
 * was rendered in another zone and the cookie took: with cookies off no flag, so no refresh loop.
 */
export function timeZoneCookieScript(): string {
  const name = JSON.stringify(TIME_ZONE_COOKIE);
  return `(function(){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(!z)return;var n=${name},m=document.cookie.match(new RegExp("(?:^|; )"+n+"=([^;]*)")),c=m?decodeURIComponent(m[1]):"";if(c===z)return;var v=n+"="+encodeURIComponent(z);document.cookie=v+"; path=/; max-age=31536000; samesite=lax";if((c||${JSON.stringify(DEFAULT_TIME_ZONE)})!==z&&("; "+document.cookie+";").indexOf("; "+v+";")>=0)window.${TIME_ZONE_CHANGED}=true}catch(e){}})()`;
}
