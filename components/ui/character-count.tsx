"use client";
// The limit of a text box, under it, where the person types: "38 / 500 characters", amber near
// the limit, red and saying what happens beyond it. Give the box `aria-describedby={id}` so a
// screen reader reads the count on focus; a polite live region speaks only when the text comes
// near the limit and when it passes it (not at every keystroke).
import { clsx } from "clsx";
import { useWatch, type Control, type FieldValues, type Path } from "react-hook-form";
import { characterCountText, limitAnnouncement, limitState } from "@/lib/validation/text-limits";

export function CharacterCount({
  id,
  value,
  max,
  overNote,
  className,
}: {
  id: string;
  value: string | null | undefined;
  max: number;
  /** Follows the over-the-limit count; default "Shorten it to save." */
  overNote?: string;
  className?: string;
}) {
  const length = value?.length ?? 0;
  const count = characterCountText(length, max, overNote);
  const state = limitState(length, max);
  return (
    <>
      <p
        id={id}
        data-limit-state={state}
        className={clsx(
          "text-xs tabular-nums",
          state === "over" ? "text-danger" : state === "near" ? "text-warning" : "text-muted-foreground",
          className,
        )}
      >
        {count.text}
      </p>
      <span className="sr-only" aria-live="polite">
        {limitAnnouncement(length, max)}
      </span>
    </>
  );
}

/** `CharacterCount` for a react-hook-form field: watches `name` in `control`. */
export function FieldCharacterCount<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  ...rest
}: { control: Control<T, unknown, TOut>; name: Path<T> } & Omit<Parameters<typeof CharacterCount>[0], "value">) {
  const value = useWatch({ control, name }) as unknown;
  return <CharacterCount value={typeof value === "string" ? value : ""} {...rest} />;
}
