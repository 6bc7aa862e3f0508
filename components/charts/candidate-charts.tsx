"use client";
// The candidate page's charts: the interactive parts (which interviewers to draw) and the boxes;
// the drawings themselves are in candidate-charts-drawing.tsx, the only module importing recharts.
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { GAP_STATUS_TEXT } from "@/lib/scoring/gaps";
import type { GapStatus } from "@/lib/scoring";

export type RadarDomain = {
  domainId: string;
  name: string;
  target: number;
  consensus: number | null;
  status: GapStatus;
  gap: number | null;
};
export type RadarInterviewer = { id: string; name: string; ratings: Record<string, number | null> };

// recharts (about 117 KB compressed) loads after the page is interactive, into the fixed-height
// boxes below; the tables under each chart carry the same figures from the first paint.
const RadarDrawing = dynamic(() => import("./candidate-charts-drawing").then((m) => m.RadarDrawing), { ssr: false });
const GapBarsDrawing = dynamic(() => import("./candidate-charts-drawing").then((m) => m.GapBarsDrawing), {
  ssr: false,
});

/**
 * True once the box is on screen (or the page is printed): on a phone the charts sit below the
 * first screen, so recharts is fetched when someone scrolls to them, not with the page.
 */
function useOnScreen<T extends Element>() {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || seen) return;
    const show = () => setSeen(true);
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show());
    io.observe(el);
    window.addEventListener("beforeprint", show);
    return () => {
      io.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, [seen]);
  return [ref, seen] as const;
}

export function CandidateRadar({
  domains,
  interviewers,
}: {
  domains: RadarDomain[];
  interviewers: RadarInterviewer[];
}) {
  const [shown, setShown] = useState<Set<string>>(new Set());
  const [box, onScreen] = useOnScreen<HTMLDivElement>();
  // A domain nobody rated is missing, not "below Level 1": it stays null and the outline
  // joins its neighbours (consensus) or breaks (an interviewer) instead of dropping to the centre.
  const data = domains.map((d) => ({
    domain: d.name,
    Target: d.target,
    Consensus: d.consensus,
    ...Object.fromEntries(interviewers.map((i) => [i.name, i.ratings[d.domainId] ?? null])),
  }));
  return (
    <div>
      <div
        ref={box}
        className="h-80"
        role="img"
        aria-label="Radar chart of target level and consensus rating per domain; the table below has the same figures"
      >
        {onScreen ? <RadarDrawing data={data} interviewers={interviewers} shown={shown} /> : null}
      </div>
      {domains.every((d) => d.consensus === null || d.consensus === undefined) ? (
        <p className="text-sm text-muted-foreground">
          No domain has a consensus yet: only the target is drawn until a submitted scorecard rates one.
        </p>
      ) : null}
      {interviewers.length > 0 ? (
        <fieldset className="mt-2">
          <legend className="text-sm font-medium">Show each interviewer</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {interviewers.map((i) => (
              <label key={i.id} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  className="h-4 w-4"
                  checked={shown.has(i.id)}
                  onChange={(e) =>
                    setShown((s) => {
                      const n = new Set(s);
                      if (e.target.checked) n.add(i.id);
                      else n.delete(i.id);
                      return n;
                    })
                  }
                />
                {i.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}

export function GapBars({ domains }: { domains: RadarDomain[] }) {
  // A domain nobody assessed has no gap to draw: no bar (not a full-length one), its label
  // says "not yet assessed", and it sorts after the assessed ones.
  const data = domains
    .filter((d) => d.status !== "not-required")
    .map((d) => ({
      name: d.name,
      gap: d.gap ?? 0,
      assessed: d.gap !== null,
      status: d.status,
      label: GAP_STATUS_TEXT[d.status],
    }))
    .sort((a, b) => Number(b.assessed) - Number(a.assessed) || b.gap - a.gap);
  const [box, onScreen] = useOnScreen<HTMLDivElement>();
  return (
    <div
      ref={box}
      className="h-64"
      role="img"
      aria-label="Bar chart of the gap between target and consensus per domain, largest first; the table below has the same figures"
    >
      {onScreen ? <GapBarsDrawing data={data} /> : null}
    </div>
  );
}
