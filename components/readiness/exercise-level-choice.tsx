"use client";
// A level choice for one piece of calibration evidence: native radios (arrow keys move between
// them, Space picks one), drawn like the scorecard's rating buttons.
import { clsx } from "clsx"; // joined, not merged: these classes never conflict

const CHOICES = [
  { value: 0, label: "Below L1" },
  { value: 1, label: "Level 1" },
  { value: 2, label: "Level 2" },
  { value: 3, label: "Level 3" },
] as const;

export function ExerciseLevelChoice({
  name,
  label,
  value,
  onChange,
  onBlur,
  disabled,
  describedBy,
  invalid,
}: {
  name: string;
  label: string;
  value: number | undefined;
  onChange: (level: number) => void;
  onBlur?: () => void;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
}) {
  return (
    <div
      role="radiogroup"
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className="grid grid-cols-2 gap-2 sm:grid-cols-4"
    >
      {CHOICES.map((c) => (
        <label
          key={c.value}
          className={clsx(
            "flex min-h-11 cursor-pointer items-center justify-center rounded-md border px-2 text-center text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
            value === c.value
              ? "border-primary bg-primary text-white"
              : invalid
                ? "border-danger bg-card hover:bg-muted"
                : "border-border bg-card hover:bg-muted",
          )}
        >
          <input
            type="radio"
            className="sr-only"
            name={name}
            value={c.value}
            checked={value === c.value}
            disabled={disabled}
            onChange={() => onChange(c.value)}
            onBlur={onBlur}
          />
          {c.label}
        </label>
      ))}
    </div>
  );
}
