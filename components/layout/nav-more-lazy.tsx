"use client";
// The header's "More" menu, loaded only where it is drawn: it is a manager's and an admin's, so an
// interviewer's scorecard or a recruiter's board does not carry its code (about 1.8 KB gzip on
// every signed-in page when imported directly). React.lazy, not next/dynamic, whose loader cost
// every signed-in page about 1.5 KB of script. Like next/dynamic, without a Suspense boundary:
// - the server renders the menu in place, synchronously (with a boundary React 19 streamed it
//   into an empty slot after the page and revealed it later, moving the header);
// - in the browser hydration waits for the menu's code, so its loading starts as soon as this
//   module runs on a page whose header has the slot, in parallel with the page's other scripts.
import { lazy, type ComponentProps, type ComponentType } from "react";
import { NAV_MORE_SLOT } from "./nav-links";

type Props = ComponentProps<typeof import("./nav-more").NavMore>;

// `typeof window` is a constant in each build: the browser's bundle has no require of nav-more.
const NavMoreOnServer: ComponentType<Props> | null =
  typeof window === "undefined"
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- server-only, synchronous on purpose (above)
      (require("./nav-more") as typeof import("./nav-more")).NavMore
    : null;

let loading: Promise<{ default: ComponentType<Props> }> | null = null;
const load = () => (loading ??= import("./nav-more").then((m) => ({ default: m.NavMore })));
if (typeof window !== "undefined" && document.querySelector(`[${NAV_MORE_SLOT}]`)) void load();
const NavMoreInBrowser = lazy(load);

export function LazyNavMore(props: Props) {
  return NavMoreOnServer ? <NavMoreOnServer {...props} /> : <NavMoreInBrowser {...props} />;
}
