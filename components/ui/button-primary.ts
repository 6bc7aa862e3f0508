// The primary button's classes, apart from the variant tables (button-classes.ts): the root error
// page, loaded with every page, needs this one string only. The sign-in form and the sign-out
// button spell out their other fixed looks themselves (the tables and their module cost each page
// that loads them about 0.1 KB, and a string here would ride with the error page on every page);
// tests/unit/button-classes.test.ts keeps them equal to the tables'.

export const BUTTON_BASE =
  "inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-2 disabled:pointer-events-none disabled:opacity-50";
export const PRIMARY = "bg-primary text-primary-foreground hover:bg-primary/90";
export const DEFAULT_SIZE = "h-10 px-4 py-2";

/** buttonClass() with its defaults, as one string. */
export const PRIMARY_BUTTON_CLASS = `${BUTTON_BASE} ${PRIMARY} ${DEFAULT_SIZE}`;
