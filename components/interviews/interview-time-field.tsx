"use client";
// A date-and-time field whose visible label names the zone the time is typed in: the browser's.
// The form sends the instant (UTC); pages show it back in the viewer's zone.
import { useSyncExternalStore } from "react";
import { FieldError } from "@/components/ui/field-error";
import { timeZoneLabel } from "@/lib/dates";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** The browser's zone; `serverZone` (the viewer's cookie) while rendering on the server. */
export function useBrowserTimeZone(serverZone: string) {
  return useSyncExternalStore(noSubscription, browserZone, () => serverZone);
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

type Props = { id: string; value: string; onChange: (v: string) => void; error?: string; serverZone: string; label?: string };

export function InterviewTimeField({ id, value, onChange, error, serverZone, label = "Date and time" }: Props) {
  const zone = useBrowserTimeZone(serverZone);
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label} <span className="font-normal text-muted-foreground">in {timeZoneLabel(zone)}</span>
      </label>
      <input
        id={id}
        type="datetime-local"
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-err` : undefined}
        className="h-9 w-full rounded-md border border-border bg-card px-2 text-base aria-[invalid=true]:border-danger sm:w-auto sm:text-sm"
      />
      <FieldError id={`${id}-err`} message={error} />
    </div>
  );
}
