"use client";
import { useState, useTransition } from "react";
import { saveJobDescriptionAction } from "@/lib/job-descriptions/actions";
import { Button } from "@/components/ui/button";
import { CharacterCount } from "@/components/ui/character-count";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";
import { FieldError } from "@/components/ui/field-error";
import type { JdChanges, LineChange } from "@/lib/job-descriptions/diff";
import { markdownToText, type GeneratedFrom } from "@/lib/job-descriptions/generate";
import { fieldProblem, jdSaveSchema } from "@/lib/validation/jd";
import { maxOf } from "@/lib/validation/text-limits";
import { DATE_LOCALE, DATE_TIME_FORMAT } from "@/lib/date-formats";
import { useJdCopy } from "./use-jd-copy";
import { RestoredNotice } from "@/components/ui/restored-notice";

const CONTENT_MAX = maxOf(jdSaveSchema.shape.content);

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

const SHOWN = 40;

function Diff({ changes, label }: { changes: LineChange[]; label: string }) {
  return (
    <>
      <ol aria-label={label} className="mt-1 grid gap-1 font-mono text-xs">
        {changes.slice(0, SHOWN).map((c, i) => (
          <li key={i} className={c.kind === "added" ? "text-success" : "text-danger line-through"}>
            <span aria-hidden="true">{c.kind === "added" ? "+ " : "− "}</span>
            <span className="sr-only">{c.kind === "added" ? "added: " : "removed: "}</span>
            {c.text}
          </li>
        ))}
      </ol>
      {changes.length > SHOWN ? (
        <p className="mt-1 text-xs text-muted-foreground">…and {changes.length - SHOWN} more changed lines.</p>
      ) : null}
    </>
  );
}

type Props = {
  userId: string;
  roleId: string;
  title: string;
  slug: string;
  generated: string;
  generatedFrom: GeneratedFrom;
  saved: string | null;
  savedAt: string | null;
  canEdit: boolean;
  changes: JdChanges | null;
};

export function JdEditor({
  userId,
  roleId,
  title,
  slug,
  generated,
  generatedFrom,
  saved,
  savedAt,
  canEdit,
  changes,
}: Props) {
  const [text, setText] = useState(saved ?? generated);
  // What the server holds (or would generate): leaving with other text in the box asks first.
  const [kept, setKept] = useState(saved ?? generated);
  useUnsavedGuard(canEdit && text !== kept);
  // The text Regenerate replaced, until it is saved or edited again: one click brings it back.
  const [replaced, setReplaced] = useState<{ text: string; origin: GeneratedFrom | undefined } | null>(null);
  // Checked as typed with the server's schema; the server checks again on save.
  const problem = fieldProblem(jdSaveSchema.shape.content, text);
  // What the text in the box was generated from: undefined = the saved text's own record (kept on save).
  const [origin, setOrigin] = useState<GeneratedFrom | undefined>(saved === null ? generatedFrom : undefined);
  const [message, setMessage] = useState<string | null>(null);
  // The saved version this edit builds on: a save by someone else in between is reported, not overwritten.
  const [basedOn, setBasedOn] = useState<string | null>(savedAt);
  const [pending, start] = useTransition();
  // Text typed and not saved is kept on this device; only an editor's typing is worth keeping.
  const copy = useJdCopy({
    enabled: canEdit,
    userId,
    roleId,
    title,
    kept,
    text: canEdit ? text : kept,
    basedOn,
    origin,
    restore: (c) => {
      setText(c.text);
      setBasedOn(c.basedOn);
      setOrigin(c.origin);
    },
  });
  const save = () =>
    start(async () => {
      try {
        const res = await saveJobDescriptionAction(roleId, { content: text, generatedFrom: origin, basedOn });
        if (res.ok) {
          setBasedOn(res.savedAt);
          setKept(text);
          setReplaced(null);
          copy.dismissNotice();
        } else if (res.kind === "conflict" && "savedAt" in res) setBasedOn(res.savedAt); // saving again replaces theirs, knowingly
        setMessage(
          res.ok
            ? "Saved."
            : res.kind === "invalid" && res.fieldErrors.content
              ? `${res.message} ${res.fieldErrors.content}`
              : res.message,
        );
      } catch {
        setMessage("Could not reach the server; nothing was saved. Try again.");
      }
    });
  const c = changes;
  return (
    <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
      <div className="grid gap-2">
        {copy.restored ? (
          <RestoredNotice
            id="jd-restored-h"
            title="Unsaved text restored from this device"
            discardLabel="Discard it"
            onDiscard={() => {
              setText(kept);
              setOrigin(saved === null ? generatedFrom : undefined);
              setBasedOn(savedAt);
              setReplaced(null);
              copy.discard();
            }}
          >
            You edited this job description on{" "}
            {new Intl.DateTimeFormat(DATE_LOCALE, DATE_TIME_FORMAT).format(new Date(copy.restored.at))} and did not save
            it. It is not saved yet: save to keep it.
            {copy.restored.basedOn !== savedAt
              ? " Someone has saved this job description since; saving yours replaces theirs."
              : ""}
          </RestoredNotice>
        ) : null}
        <label htmlFor="jd" className="text-sm font-medium">
          Job description (Markdown)
        </label>
        <textarea
          id="jd"
          rows={28}
          value={text}
          readOnly={!canEdit}
          aria-invalid={canEdit && problem ? true : undefined}
          aria-describedby={canEdit ? `jd-count${problem ? " jd-err" : ""}` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setReplaced(null);
          }}
          className="w-full rounded-md border border-border bg-card p-3 font-mono text-sm"
        />
        {canEdit ? (
          <>
            <FieldError id="jd-err" message={problem ?? undefined} />
            <CharacterCount id="jd-count" value={text} max={CONTENT_MAX} />
          </>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {canEdit ? (
            <Button disabled={pending || !!problem} onClick={save}>
              Save
            </Button>
          ) : null}
          <Button
            variant="outline"
            onClick={async () => {
              await navigator.clipboard.writeText(text);
              setMessage("Copied to the clipboard.");
            }}
          >
            Copy
          </Button>
          <Button variant="outline" onClick={() => download(`${slug}.md`, text, "text/markdown")}>
            Download .md
          </Button>
          <Button variant="outline" onClick={() => download(`${slug}.txt`, markdownToText(text), "text/plain")}>
            Download .txt
          </Button>
          {canEdit ? (
            <Button
              variant="ghost"
              onClick={() => {
                if (text !== generated) setReplaced({ text, origin });
                setText(generated);
                setOrigin(generatedFrom);
                setMessage("Regenerated from the current targets; save to keep it.");
              }}
            >
              Regenerate from targets
            </Button>
          ) : null}
        </div>
        {message ? (
          <p role="status" className="flex flex-wrap items-center gap-x-3 text-sm">
            {message}
            {replaced ? (
              <Button
                variant="outline"
                size="sm"
                onClick={() => {
                  setText(replaced.text);
                  setOrigin(replaced.origin);
                  setReplaced(null);
                  setMessage("Your text is back, as it was before regenerating.");
                }}
              >
                Undo regenerate
              </Button>
            ) : null}
          </p>
        ) : null}
      </div>
      <aside className="grid content-start gap-3 text-sm">
        {c && (c.targetChanges.length > 0 || c.regeneration.length > 0) ? (
          <section aria-labelledby="targets-h" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
            <h2 id="targets-h" className="font-semibold">
              {c.targetChanges.length
                ? "Targets changed since this text was generated"
                : "The generated text changed since (matrix wording, salary or location)"}
            </h2>
            {c.targetChanges.length ? (
              <ul className="mt-1 list-disc pl-5">
                {c.targetChanges.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            ) : null}
            {c.regeneration.length ? (
              <>
                <p className="mt-2 font-medium">Regenerating would:</p>
                <Diff changes={c.regeneration} label="What regenerating would change" />
              </>
            ) : null}
          </section>
        ) : null}
        {c?.handEdits?.length ? (
          <section aria-labelledby="edits-h" className="rounded-lg border border-border bg-card p-3">
            <h2 id="edits-h" className="font-semibold">
              Edited by hand since it was generated
            </h2>
            <p className="mt-1 text-muted-foreground">Regenerating replaces these edits.</p>
            <Diff changes={c.handEdits} label="Hand edits" />
          </section>
        ) : null}
        {c?.unknownOrigin?.length ? (
          <section aria-labelledby="origin-h" className="rounded-lg border border-border bg-card p-3">
            <h2 id="origin-h" className="font-semibold">
              Differs from a fresh generation
            </h2>
            <p className="mt-1 text-muted-foreground">
              This text was saved before the app kept the generated original, so hand edits and target changes
              can&apos;t be told apart
              {c.targetChanges.length ? "" : " (the targets are the same as when it was saved)"}. Regenerating would:
            </p>
            <Diff changes={c.unknownOrigin} label="Differences from a fresh generation" />
          </section>
        ) : null}
        <p className="text-muted-foreground">
          Requirements come from the matrix indicators at each domain&apos;s target level; “nice to have” from the level
          above. Untargeted domains are left out.
        </p>
      </aside>
    </div>
  );
}
