import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/lib/quality/validity-readings";

const TONE = {
  good: "success",
  bad: "warning",
  unclear: "muted",
  "too-few": "muted",
} as const;

/**
 * One figure with what it rests on: the value (or "—" below the threshold), its 95% interval,
 * n, and the plain reading. A badge names the reading's tone, so "too few" is visible at a glance.
 */
export function Figure({
  title,
  value,
  interval,
  n,
  tone,
  badge,
  reading,
  extra,
}: {
  title: string;
  value: string | null;
  interval: string | null;
  n: string;
  tone: Tone;
  badge: string;
  reading: string;
  extra?: React.ReactNode;
}) {
  return (
    <div className="grid content-start gap-1 text-sm">
      <h3 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{title}</h3>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-lg font-semibold">{value ?? "—"}</span>
        <Badge variant={TONE[tone]}>{badge}</Badge>
      </p>
      <p className="text-muted-foreground">
        {interval ? <>95% interval {interval} · </> : null}
        {n}
      </p>
      <p>{reading}</p>
      {extra}
    </div>
  );
}
