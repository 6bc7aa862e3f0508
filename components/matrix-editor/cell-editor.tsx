"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { updateCellAction } from "@/lib/matrix/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { MAX_INDICATORS } from "@/lib/matrix/json-format";
import { cellFormSchema, splitIndicatorLines, type CellFormValues } from "@/lib/matrix/schemas";
import { cn } from "@/lib/utils";
import { setPendingCell } from "./pending-cells";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

const LEVEL_BORDER = ["", "border-t-sky-500", "border-t-indigo-500", "border-t-purple-600"];

/** One cell of the draft: its indicators in a textarea, one per line. Ctrl/⌘+Enter saves. */
export function CellEditor({
  cellId,
  level,
  levelName,
  domainName,
  indicators,
}: {
  cellId: string;
  level: number;
  levelName: string;
  domainName: string;
  indicators: string[];
}) {
  const [status, setStatus] = useState<string | null>(null);
  // What this editor last knew the server held: sent with each save to notice another admin's.
  const [base, setBase] = useState<string[]>(indicators);
  // Set when a save met another admin's: `base` then holds their version, shown below the box.
  const [conflicted, setConflicted] = useState(false);
  const form = useForm<CellFormValues>({
    resolver: zodResolver(cellFormSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: { text: indicators.join("\n") },
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const count = splitIndicatorLines(useWatch({ control: form.control, name: "text" }) ?? "").length;
  const id = `cell-${cellId}`;
  // After an import or another admin's save, show the server's text unless this cell has unsaved edits.
  const initial = indicators.join("\n");
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ text: initial });
  }, [initial, form]);
  // New server text while this cell is clean: it becomes the base (adjusted during render, not in an effect).
  if (initial !== base.join("\n") && !isDirty) setBase(indicators);
  /** Saves the text; true when the server took it. */
  const saveText = async (text: string): Promise<boolean> => {
    setStatus(null);
    const lines = splitIndicatorLines(text);
    const res = await updateCellAction({ cellId, indicators: lines, expected: base });
    if (res.ok) {
      form.reset({ text: lines.join("\n") });
      setBase(lines);
      setConflicted(false);
      setStatus("Saved.");
      return true;
    } else if (res.kind === "conflict" && "current" in res) {
      setBase(res.current);
      setConflicted(true);
      form.setError("text", { message: res.message });
    } else {
      form.setError("text", {
        message: res.kind === "invalid" ? (Object.values(res.fieldErrors)[0] ?? res.message) : res.message,
      });
    }
    return false;
  };
  const onSubmit = async () => {
    let saved = false;
    await form.handleSubmit(async ({ text }) => void (saved = await saveText(text)))();
    return saved;
  };
  // While this cell holds unsaved text, the publish form knows (and can save it first).
  const label = `${domainName} · level ${level}`;
  const saveRef = useRef(onSubmit);
  useEffect(() => {
    saveRef.current = onSubmit;
  });
  useEffect(() => {
    setPendingCell(isDirty ? { cellId, label, save: () => saveRef.current() } : null, cellId);
  }, [isDirty, cellId, label]);
  useEffect(() => () => setPendingCell(null, cellId), [cellId]);
  return (
    <form
      id={id}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      noValidate
      className={cn(
        "grid scroll-mt-20 gap-2 rounded-lg border border-t-4 border-border bg-card p-3",
        LEVEL_BORDER[level],
      )}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <label htmlFor={`${id}-text`} className="text-sm font-semibold">
          Level {level} <span className="font-normal text-muted-foreground">· {levelName}</span>
          <span className="sr-only"> indicators for {domainName}, one per line</span>
        </label>
        {indicators.length === 0 ? <Badge variant="warning">empty</Badge> : null}
      </div>
      <textarea
        id={`${id}-text`}
        rows={Math.max(4, count + 1)}
        aria-invalid={!!errors.text}
        aria-describedby={`${id}-hint ${id}-err`}
        placeholder="One observable behaviour per line"
        // In the server's HTML too: register() fills the field only once the script runs.
        defaultValue={initial}
        className="field-sizing-content min-h-24 w-full rounded-md border border-border bg-card p-2 text-base leading-relaxed aria-[invalid=true]:border-danger sm:text-sm"
        {...form.register("text")}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) void onSubmit();
        }}
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {count} of at most {MAX_INDICATORS} indicators · one per line
      </p>
      <FieldError id={`${id}-err`} message={errors.text?.message} />
      {conflicted ? (
        <div className="rounded-md border border-warning/50 bg-muted p-2 text-xs">
          <p className="font-medium">Saved by another admin:</p>
          <ul className="list-disc pl-4">
            {base.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={isSubmitting || !isDirty}>
          Save cell
          <span className="sr-only">
            {" "}
            level {level} of {domainName}
          </span>
        </Button>
        {status && !isDirty ? (
          <p role="status" className="text-xs text-muted-foreground">
            {status}
          </p>
        ) : null}
      </div>
    </form>
  );
}
