"use client";
// The recharts drawings of the candidate page, loaded after the page is interactive (next/dynamic
// in candidate-charts.tsx) into boxes of fixed height, so recharts never delays the first paint
// and nothing moves when it arrives. recharts is imported only here.
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
import { GAP_STATUS_TEXT } from "@/lib/scoring/gaps";
import type { RadarInterviewer } from "./candidate-charts";
import { wrapLabel } from "./wrap-label";

export type RadarRow = Record<string, string | number | null>;
export type GapRow = { name: string; gap: number; assessed: boolean; status: string; label: string };
const PALETTE = ["#0ea5e9", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#64748b"];
const STATUS_COLOR: Record<string, string> = {
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
  // Nothing rated (a candidate nobody has assessed): no shape at all; an empty path is invalid SVG.
  if (points.every((p) => p.value === null || p.value === undefined)) return <g />;
  return <Polygon {...rest} points={withoutMissing(points)} />;
}

/** A dot only where the interviewer gave a rating. */
function RatedDot({ cx, cy, value, stroke }: DotItemDotProps) {
  if (value === null || value === undefined || cx === undefined || cy === undefined) return <g />;
  return <circle className="rated-dot" cx={cx} cy={cy} r={3} fill={stroke} stroke="none" />;
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

export function RadarDrawing({
  data,
  interviewers,
  shown,
}: {
  data: RadarRow[];
  interviewers: RadarInterviewer[];
  shown: Set<string>;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart data={data} outerRadius="64%">
        <PolarGrid />
        <PolarAngleAxis dataKey="domain" tick={DomainTick} />
        {/* On the diagonal between two spokes: at 90° the level numbers ran into the top domain label on a phone. */}
        <PolarRadiusAxis domain={[0, 3]} tickCount={4} angle={45} tick={{ fontSize: 10 }} />
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
          // A dot at each consensus: one rated domain, or every domain below Level 1 (the centre), draws no shape.
          dot={RatedDot}
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
  );
}

type LabelBox = { x?: number | string; y?: number | string; width?: number | string; height?: number | string };

/**
 * A bar's label right of whichever end is further right: the bar's end when short of target, the
 * zero line when above it (recharts' "right" of a bar going left is its left end, over the names).
 */
function GapLabel(props: LabelBox & { value?: unknown }) {
  const [x, y, w, h] = [props.x, props.y, props.width, props.height].map(Number) as [number, number, number, number];
  if (props.value == null || props.value === "" || [x, y, w, h].some(Number.isNaN)) return null;
  return (
    <text x={Math.max(x, x + w) + 5} y={y + h / 2} dominantBaseline="central" fontSize={11} fill="#334155">
      {String(props.value)}
    </text>
  );
}

export function GapBarsDrawing({ data }: { data: GapRow[] }) {
  return (
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
          <LabelList dataKey="label" content={GapLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
