import Link from "@/components/ui/link";

const TABS = [
  { key: "domains", href: "/quality", label: "Per domain" },
  { key: "interviewers", href: "/quality/interviewers", label: "Interviewers" },
  { key: "questions", href: "/quality/questions", label: "Questions" },
] as const;

/** The hiring-quality pages' tabs: per domain, per interviewer, per question. */
export function QualityTabs({ current }: { current: (typeof TABS)[number]["key"] | null }) {
  return (
    <nav aria-label="Hiring quality views" className="mb-6 flex flex-wrap gap-2 text-sm">
      {TABS.map((t) =>
        t.key === current ? (
          <Link key={t.key} href={t.href} aria-current="page" className="rounded-full bg-primary px-3 py-1 text-white">
            {t.label}
          </Link>
        ) : (
          <Link
            key={t.key}
            href={t.href}
            className="rounded-full border border-border bg-card px-3 py-1 text-primary hover:bg-muted"
          >
            {t.label}
          </Link>
        ),
      )}
    </nav>
  );
}
