import type { UserKind } from "@/lib/generated/prisma/enums";

export type NavLink = { href: string; label: string };

/** Quality of hire: due check-ins (with a badge) and the hiring-quality page. */
const QUALITY: NavLink[] = [
  { href: "/check-ins", label: "Check-ins" },
  { href: "/quality", label: "Hiring quality" },
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
      { href: "/calibration", label: "Calibration" },
      READINESS,
      ...QUALITY,
      { href: "/fair-hiring", label: "Fair hiring" },
    ],
    MANAGER: [
      { href: "/roles", label: "My roles" },
      { href: "/questions", label: "Questions" },
      { href: "/calibration", label: "Calibration" },
      READINESS,
      ...QUALITY,
    ],
    INTERVIEWER: [MY_INTERVIEWS, READINESS],
    RECRUITER: [{ href: "/pipeline", label: "Roles & candidates" }],
  };
  const own = links[kind];
  const withInterviews = hasInterviews && !own.includes(MY_INTERVIEWS) ? [...own, MY_INTERVIEWS] : own;
  return [...withInterviews, { href: "/matrix", label: "Matrix" }];
}
