// Names shared by the server and the browser's inline time-zone script (lib/time-zone-script.ts).
// No imports: the signed-in shell's client code reads TIME_ZONE_CHANGED and must not pull lib/dates in.

export const DEFAULT_TIME_ZONE = "UTC";
export const TIME_ZONE_COOKIE = "tz";
/** Set on `window` by the inline script when the page was rendered in another zone than the browser's. */
export const TIME_ZONE_CHANGED = "__timeZoneChanged";
