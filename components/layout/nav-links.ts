import type { UserKind } from "@/lib/generated/prisma/enums";

export type NavLink = { href: string; label: string };

export function navLinksFor(kind: UserKind): NavLink[] {
  const links: Record<UserKind, NavLink[]> = {
    ADMIN: [{ href: "/admin", label: "People & matrix" }, { href: "/roles", label: "Roles" }, { href: "/questions", label: "Questions" }, { href: "/calibration", label: "Calibration" }],
    MANAGER: [{ href: "/roles", label: "My roles" }, { href: "/questions", label: "Questions" }, { href: "/calibration", label: "Calibration" }],
    INTERVIEWER: [{ href: "/interviews", label: "My interviews" }],
    RECRUITER: [{ href: "/pipeline", label: "Roles & candidates" }],
  };
  return [...links[kind], { href: "/matrix", label: "Matrix" }];
}
