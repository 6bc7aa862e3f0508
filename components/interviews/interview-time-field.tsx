"use client";
// A date-and-time field whose visible label names the zone the time is typed in: the browser's.
// The form sends the instant (UTC); pages show it back in the viewer's zone.
import { useSyncExternalStore } from "react";
import { browserTimeZone, timeZoneLabel, typedTimeNote } from "@/lib/dates";
import { Field } from "@/components/ui/field";

const noSubscription = () => () => {};

/** The browser's zone; `serverZone` (the viewer's cookie) while rendering on the server. */
export function useBrowserTimeZone(serverZone: string) {
  return useSyncExternalStore(noSubscription, browserTimeZone, () => serverZone);
}

/** "2026-12-01T15:00" typed in the browser's zone → the instant as ISO ("" when empty or unreadable). */
export function localInputToInstant(local: string): string {
  if (!local) return "";
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
}

/** An instant → the browser-local "YYYY-MM-DDTHH:mm" a datetime-local input shows (client only). */
export function instantToLocalInput(d: Date | string | null): string {
  if (!d) return "";
  const t = new Date(d);
  return new Date(t.getTime() - t.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

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
  const note = error ? null : typedTimeNote(value);
  // The offset of the day typed (summer or winter time), not of today.
  const typedAt = value ? new Date(value) : null;
  const offsetAt = typedAt && !Number.isNaN(typedAt.getTime()) ? typedAt : undefined;
  return (
    <Field
      id={id}
      label={
        <>
          {label} <span className="font-normal text-muted-foreground">in {timeZoneLabel(zone, offsetAt)}</span>
        </>
      }
      error={error}
      description={note ? <span className="text-warning">{note}</span> : undefined}
    >
      {(c) => (
        <input
          {...c}
          type="datetime-local"
          required
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="h-9 w-full rounded-md border border-border bg-card px-2 text-base aria-[invalid=true]:border-danger sm:w-auto sm:text-sm"
        />
      )}
    </Field>
  );
}
