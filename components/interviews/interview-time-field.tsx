"use client";
// A date-and-time field whose visible label names the zone the time is typed in: the browser's.
// The form sends the instant (UTC); pages show it back in the viewer's zone.
import { useSyncExternalStore } from "react";
import { browserTimeZone, timeZoneLabel, typedTimeNote } from "@/lib/dates";
import { LATER_SUFFIX, localInputToInstant, repeatedLocalTime, splitLocalValue } from "@/lib/local-time-input";
import { Field } from "@/components/ui/field";

const noSubscription = () => () => {};

/** The browser's zone; `serverZone` (the viewer's cookie) while rendering on the server. */
export function useBrowserTimeZone(serverZone: string) {
  return useSyncExternalStore(noSubscription, browserTimeZone, () => serverZone);
}

export { instantToLocalInput, localInputToInstant } from "@/lib/local-time-input";

type Props = {
  id: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  serverZone: string;
  label?: string;
};

export function InterviewTimeField({ id, value, onChange, error, serverZone, label = "Date and time" }: Props) {
  const zone = useBrowserTimeZone(serverZone);
  const { local, later } = splitLocalValue(value);
  // The night the clocks go back, the typed time happens twice: the person picks which.
  const repeated = repeatedLocalTime(local);
  const note = error ? null : typedTimeNote(local);
  // The offset of the day typed (summer or winter time), not of today.
  const instant = value ? new Date(localInputToInstant(value)) : null;
  const offsetAt = instant && !Number.isNaN(instant.getTime()) ? instant : undefined;
  return (
    <Field
      id={id}
      label={
        <>
          {label} <span className="font-normal text-muted-foreground">in {timeZoneLabel(zone, offsetAt)}</span>
        </>
      }
      error={error}
      description={
        repeated && !error ? (
          <RepeatedTimeChoice
            id={id}
            local={local}
            later={later}
            zone={zone}
            times={repeated}
            onChange={(l) => onChange(l ? `${local}${LATER_SUFFIX}` : local)}
          />
        ) : note ? (
          <span className="text-warning">{note}</span>
        ) : undefined
      }
    >
      {(c) => (
        <input
          {...c}
          type="datetime-local"
          required
          value={local}
          onChange={(e) => onChange(e.target.value)}
          className="h-9 w-full rounded-md border border-border bg-card px-2 text-base aria-[invalid=true]:border-danger sm:w-auto sm:text-sm"
        />
      )}
    </Field>
  );
}

/** "01:30 happens twice that night here": the two, by their offsets, the earlier chosen until the person says otherwise. */
function RepeatedTimeChoice({
  id,
  local,
  later,
  zone,
  times,
  onChange,
}: {
  id: string;
  local: string;
  later: boolean;
  zone: string;
  times: { first: Date; second: Date };
  onChange: (later: boolean) => void;
}) {
  const hhmm = local.slice(11, 16);
  const offset = (d: Date) => /\((.*)\)$/.exec(timeZoneLabel(zone, d))?.[1] ?? timeZoneLabel(zone, d);
  return (
    <span className="grid gap-1 text-warning">
      <span>{hhmm} happens twice that night here (the clocks go back). Which one?</span>
      <span role="radiogroup" aria-label={`Which ${hhmm}`} className="flex flex-wrap gap-x-4 gap-y-1 text-foreground">
        {[false, true].map((isLater) => (
          <label key={String(isLater)} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name={`${id}-occurrence`}
              checked={later === isLater}
              onChange={() => onChange(isLater)}
            />
            {isLater ? `The second, ${offset(times.second)}` : `The first, ${offset(times.first)}`}
          </label>
        ))}
      </span>
    </span>
  );
}
