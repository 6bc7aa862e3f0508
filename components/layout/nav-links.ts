import type { UserKind } from "@/lib/generated/prisma/enums";

/**
 * `more`: a link used now and then. On a tablet or a desktop it sits in the header's "More" menu,
 * so a manager's or an admin's header fits on one line at 1280 px; on a phone every link is in
 * the scrolling list, in this order.
 */
export type NavLink = { href: string; label: string; more?: boolean };

/** Marks the header's "More" slot, so the browser starts loading the menu's code early (nav-more-lazy.tsx). */
export const NAV_MORE_SLOT = "data-nav-more";

/** Quality of hire: due check-ins (with a badge) and the hiring-quality page. */
const QUALITY: NavLink[] = [
  { href: "/check-ins", label: "Check-ins" },
  { href: "/quality", label: "Hiring quality", more: true },
];

const MY_INTERVIEWS: NavLink = { href: "/interviews", label: "My interviews" };
/** Interviewer readiness (/readiness): everyone who interviews, so not recruiters (canTrainAsInterviewer). */
const READINESS: NavLink = { href: "/readiness", label: "Readiness" };

/** Links by kind of user; "My interviews" also for anyone else who has interviews assigned. */
export function navLinksFor(kind: UserKind, hasInterviews = false): NavLink[] {
  const links: Record<UserKind, NavLink[]> = {
    ADMIN: [
      { href: "/admin", label: "People & matrix" },
      { href: "/roles", label: "Roles" },
      { href: "/questions", label: "Questions" },
      { href: "/calibration", label: "Calibration", more: true },
      { ...READINESS, more: true },
      ...QUALITY,
      { href: "/fair-hiring", label: "Fair hiring", more: true },
    ],
    MANAGER: [
      { href: "/roles", label: "My roles" },
      { href: "/questions", label: "Questions" },
      { href: "/calibration", label: "Calibration", more: true },
      { ...READINESS, more: true },
      ...QUALITY,
    ],
    INTERVIEWER: [MY_INTERVIEWS, READINESS],
    RECRUITER: [{ href: "/pipeline", label: "Roles & candidates" }],
  };
  const own = links[kind];
  const withInterviews = hasInterviews && !own.includes(MY_INTERVIEWS) ? [...own, MY_INTERVIEWS] : own;
  // Where some links are under "More" (managers, admins: more than fit beside the account on one line), the matrix is too.
  const many = own.some((l) => l.more);
  return [...withInterviews, { href: "/matrix", label: "Matrix", ...(many ? { more: true } : {}) }];
}
