"use client";
// recharts is imported only here (and the other chart components), so pages without
// charts never load it.
import { useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Polygon,
  Radar,
  RadarChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { DotItemDotProps } from "recharts/types/util/types";
import { GAP_STATUS_TEXT } from "@/components/candidates/gap-table";
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

const PALETTE = ["#0ea5e9", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#64748b"];
export const STATUS_COLOR: Record<string, string> = {
  below: "#dc2626",
  meets: "#16a34a",
  exceeds: "#4338ca",
  "no-evidence": "#94a3b8",
  "not-required": "#cbd5e1",
};

type RadarPoint = { x: number; y: number; value?: unknown };

/**
 * recharts 3 draws a missing value at the centre, i.e. as "below Level 1". Points whose value
 * is missing are made invalid so the line breaks there (connectNulls: joins the neighbours).
 */
export function withoutMissing<P extends RadarPoint>(points: readonly P[]): P[] {
  return points.map((p) => (p.value === null || p.value === undefined ? { ...p, x: Number.NaN, y: Number.NaN } : p));
}

function GappedPolygon(props: { points?: RadarPoint[]; connectNulls?: boolean } & Record<string, unknown>) {
  const { points = [], ...rest } = props;
  return <Polygon {...rest} points={withoutMissing(points)} />;
}

/** A dot only where the interviewer gave a rating. */
function RatedDot({ cx, cy, value, stroke }: DotItemDotProps) {
  if (value === null || value === undefined || cx === undefined || cy === undefined) return <g />;
  return <circle className="rated-dot" cx={cx} cy={cy} r={3} fill={stroke} stroke="none" />;
}

export function CandidateRadar({ domains, interviewers }: { domains: RadarDomain[]; interviewers: RadarInterviewer[] }) {
  const [shown, setShown] = useState<Set<string>>(new Set());
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
        className="h-80"
        role="img"
        aria-label="Radar chart of target level and consensus rating per domain; the table below has the same figures"
      >
        <ResponsiveContainer width="100%" height="100%">
          <RadarChart data={data} outerRadius="64%">
            <PolarGrid />
            <PolarAngleAxis dataKey="domain" tick={DomainTick} />
            <PolarRadiusAxis domain={[0, 3]} tickCount={4} angle={90} tick={{ fontSize: 10 }} />
            <Radar
              name="Target"
              dataKey="Target"
              stroke="#6b7280"
              fill="#6b7280"
              fillOpacity={0.12}
              strokeDasharray="5 4"
              isAnimationActive={false}
            />
            <Radar
              name="Consensus"
              dataKey="Consensus"
              stroke="#4338ca"
              fill="#4338ca"
              fillOpacity={0.3}
              connectNulls
              shape={GappedPolygon}
              isAnimationActive={false}
            />
            {interviewers
              .filter((i) => shown.has(i.id))
              .map((i, n) => (
                <Radar
                  key={i.id}
                  name={i.name}
                  dataKey={i.name}
                  stroke={PALETTE[n % PALETTE.length]}
                  fill="none"
                  strokeWidth={2}
                  shape={GappedPolygon}
                  dot={RatedDot}
                  isAnimationActive={false}
                />
              ))}
            <Legend />
            <Tooltip formatter={(v) => (v === null || v === undefined ? "not assessed" : v)} />
          </RadarChart>
        </ResponsiveContainer>
      </div>
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

/** Splits a label into lines of at most `max` characters at spaces (a single long word stays whole). */
export function wrapLabel(text: string, max = 12): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type TickProps = {
  x?: number | string;
  y?: number | string;
  cy?: number;
  textAnchor?: "start" | "middle" | "end" | "inherit";
  payload?: { value?: unknown };
};

/** A domain name around the radar, on two or more short lines, so a phone-width chart does not clip it. */
function DomainTick({ x = 0, y = 0, cy = 160, textAnchor = "middle", payload }: TickProps) {
  const lines = wrapLabel(String(payload?.value ?? ""));
  const top = Number(y) < cy - 1 ? -(lines.length - 1) * 13 : 0; // labels above the centre grow upwards
  return (
    <text x={x} y={Number(y) + top} textAnchor={textAnchor} fontSize={12} fill="#475569">
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 4 : 13}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

export function GapBars({ domains }: { domains: RadarDomain[] }) {
  // A domain nobody assessed has no gap to draw: no bar (not a full-length one), its label
  // says "not yet assessed", and it sorts after the assessed ones.
  const data = domains
    .filter((d) => d.status !== "not-required")
    .map((d) => ({ name: d.name, gap: d.gap ?? 0, assessed: d.gap !== null, status: d.status, label: GAP_STATUS_TEXT[d.status] }))
    .sort((a, b) => Number(b.assessed) - Number(a.assessed) || b.gap - a.gap);
  return (
    <div
      className="h-64"
      role="img"
      aria-label="Bar chart of the gap between target and consensus per domain, largest first; the table below has the same figures"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 16, right: 84 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[-3, 3]} ticks={[-3, -2, -1, 0, 1, 2, 3]} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 12 }} />
          <ReferenceLine x={0} stroke="#0f172a" />
          <Tooltip
            formatter={(v, _n, p) => [
              (p?.payload as { assessed?: boolean })?.assessed === false
                ? GAP_STATUS_TEXT["no-evidence"]
                : `${v} level(s) ${Number(v) > 0 ? "short" : Number(v) < 0 ? "above target" : "on target"}`,
              "Gap",
            ]}
          />
          <Bar dataKey="gap" isAnimationActive={false} minPointSize={(_v, i) => (data[i]?.assessed ? 4 : 0.5)}>
            {data.map((d) => (
              // Unassessed: an invisible sliver, there only to carry its "not yet assessed" label.
              <Cell key={d.name} fill={d.assessed ? STATUS_COLOR[d.status] : "transparent"} />
            ))}
            {/* A domain on target has a zero-length bar: the label says so instead. */}
            <LabelList dataKey="label" position="right" fontSize={11} fill="#334155" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
