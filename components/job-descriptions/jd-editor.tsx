"use client";
import { useState, useTransition } from "react";
import { saveJobDescriptionAction } from "@/app/(app)/roles/[id]/job-description/actions";
import { Button } from "@/components/ui/button";
import { diffLines, markdownToText } from "@/lib/job-descriptions/generate";

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

export function JdEditor({ roleId, slug, generated, saved, canEdit, targetChanges }: { roleId: string; slug: string; generated: string; saved: string | null; canEdit: boolean; targetChanges: string[] }) {
  const [text, setText] = useState(saved ?? generated);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const changes = saved ? diffLines(saved, generated) : [];
  return (
    <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
      <div className="grid gap-2">
        <label htmlFor="jd" className="text-sm font-medium">Job description (Markdown)</label>
        <textarea id="jd" rows={28} value={text} readOnly={!canEdit} onChange={(e) => setText(e.target.value)} className="w-full rounded-md border border-border bg-card p-3 font-mono text-sm" />
        <div className="flex flex-wrap gap-2">
          {canEdit ? <Button disabled={pending} onClick={() => start(async () => { const res = await saveJobDescriptionAction(roleId, { content: text }); setMessage(res.ok ? "Saved." : res.message); })}>Save</Button> : null}
          <Button variant="outline" onClick={async () => { await navigator.clipboard.writeText(text); setMessage("Copied to the clipboard."); }}>Copy</Button>
          <Button variant="outline" onClick={() => download(`${slug}.md`, text, "text/markdown")}>Download .md</Button>
          <Button variant="outline" onClick={() => download(`${slug}.txt`, markdownToText(text), "text/plain")}>Download .txt</Button>
          {canEdit ? <Button variant="ghost" onClick={() => setText(generated)}>Regenerate from targets</Button> : null}
        </div>
        {message ? <p role="status" className="text-sm">{message}</p> : null}
      </div>
      <aside className="grid content-start gap-3 text-sm">
        {saved && (changes.length || targetChanges.length) ? (
          <section aria-labelledby="changes-h" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
            <h2 id="changes-h" className="font-semibold">Targets changed since this was saved</h2>
            {targetChanges.length ? <ul className="mt-1 list-disc pl-5">{targetChanges.map((c) => <li key={c}>{c}</li>)}</ul> : null}
            <p className="mt-2 font-medium">Regenerating would:</p>
            <ul className="mt-1 grid gap-1">
              {changes.map((c, i) => <li key={i} className={c.kind === "added" ? "text-success" : "text-danger line-through"}>{c.kind === "added" ? "+ " : "− "}{c.text}</li>)}
            </ul>
          </section>
        ) : null}
        <p className="text-muted-foreground">Requirements come from the matrix indicators at each domain&apos;s target level; “nice to have” from the level above. Untargeted domains are left out.</p>
      </aside>
    </div>
  );
}
