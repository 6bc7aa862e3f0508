"use client";
// The stage's interviewers in the scheduling form: each one's interviews in the chosen week
// against their weekly limit (counting this one), and their seat: lead (rates), shadow (a
// trainee watching) or reverse shadow (a trainee leading with a qualified interviewer watching).
import { Badge } from "@/components/ui/badge";
import { loadStatus, loadText, SEAT_LABEL, SEATS, type Seat } from "@/lib/readiness/rules";
import { Select } from "@/components/ui/select";

export type StageInterviewer = { id: string; name: string };
/** lib/readiness/queries.ts interviewerLoad: limits per person, interviews per person and week (its Monday, "2026-11-30"). */
export type Load = { limits: Record<string, number>; weeks: Record<string, Record<string, number>> };

const STATUS_BADGE = { "at-limit": ["warning", "at the limit"], over: ["danger", "over the limit"] } as const;

type Props = {
  id: string;
  interviewers: StageInterviewer[];
  load: Load;
  /** The chosen week's Monday, or null before a date is chosen. */
  week: string | null;
  seats: Record<string, Seat>;
  /** Interviewers who would not be given a new interview on this candidate (canInterviewIndependently). */
  notIndependent: string[];
  onSeat: (userId: string, seat: Seat) => void;
};

export function ScheduleSeats({ id, interviewers, load, week, seats, notIndependent, onSeat }: Props) {
  if (interviewers.length === 0) return null;
  return (
    <fieldset className="grid min-w-0 gap-2" aria-describedby={`${id}-seats-hint`}>
      <legend className="text-sm font-medium">Interviewers and seats</legend>
      <ul className="grid grid-cols-[minmax(0,1fr)] gap-2">
        {interviewers.map((p) => {
          const limit = load.limits[p.id];
          const already = week ? (load.weeks[p.id]?.[week] ?? 0) : null;
          const status = already !== null && limit !== undefined ? loadStatus(already, limit) : null;
          const badge = status && status !== "free" ? STATUS_BADGE[status] : null;
          if (notIndependent.includes(p.id))
            return (
              <li key={p.id} className="grid text-sm">
                <span className="font-medium">{p.name}</span>
                <span className="text-xs text-muted-foreground">
                  Not booked: already reads the other interviewers&apos; feedback on this candidate without having given
                  theirs, so would not interview independently.
                </span>
              </li>
            );
          return (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-sm">
              <span className="grid min-w-0">
                <span className="font-medium">{p.name}</span>
                <span className="text-xs text-muted-foreground">
                  {already === null || limit === undefined
                    ? "Choose a date to see their week"
                    : loadText(already, limit)}
                  {badge ? (
                    <>
                      {" "}
                      <Badge variant={badge[0]}>{badge[1]} with this one</Badge>
                    </>
                  ) : null}
                </span>
              </span>
              <span className="flex max-w-full min-w-0 items-center gap-2">
                {/* Labelled by id: a wrapping label's name took in every option's text too. */}
                <label className="sr-only" htmlFor={`${id}-seat-${p.id}`}>
                  Seat for {p.name}
                </label>
                <Select
                  id={`${id}-seat-${p.id}`}
                  value={seats[p.id] ?? "LEAD"}
                  onChange={(e) => onSeat(p.id, e.target.value as Seat)}
                  size="sm"
                  className="max-w-full"
                >
                  {SEATS.map((s) => (
                    <option key={s} value={s}>
                      {SEAT_LABEL[s]}
                    </option>
                  ))}
                </Select>
              </span>
            </li>
          );
        })}
      </ul>
      <p id={`${id}-seats-hint`} className="text-xs text-muted-foreground">
        Only lead seats count in the panel&apos;s consensus; training seats count towards the trainee&apos;s readiness.
        A seat already set stays unless you change it here. Every seat counts towards the weekly load.
      </p>
    </fieldset>
  );
}
