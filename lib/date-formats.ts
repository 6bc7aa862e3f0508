// How dates and times read ("28 Nov 2026", "21:19 CET"), apart from lib/dates' zone handling so a
// client island that only formats the browser's own clock (the sign-in form) ships no more than this.

export const DATE_LOCALE = "en-GB";

export const DATE_FORMAT: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
export const TIME_FORMAT: Intl.DateTimeFormatOptions = {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
};
export const DATE_TIME_FORMAT: Intl.DateTimeFormatOptions = { ...DATE_FORMAT, ...TIME_FORMAT };

/** "21:19 CET" in the browser's own zone (client code only; the server formats with lib/dates). */
export const formatLocalTime = (at: number | Date) => new Intl.DateTimeFormat(DATE_LOCALE, TIME_FORMAT).format(at);
