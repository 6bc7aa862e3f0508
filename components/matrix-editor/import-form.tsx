"use client";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";
import { importMatrixAction } from "@/lib/matrix/actions";
import { Button } from "@/components/ui/button";
import { parseMatrixJson, problemsText, type MatrixJsonError } from "@/lib/matrix/json-format";

/**
 * Imports a matrix file into the draft. The file is checked here with the same parser the
 * server uses (instant feedback), then again on the server, which has the final word.
 */
export function ImportForm({ hasDraft }: { hasDraft: boolean }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<MatrixJsonError[]>([]);
  const [pending, start] = useTransition();
  // Pasted JSON is work too (a chosen file is still on disk): leaving with it asks first.
  useUnsavedGuard(text !== "" && fileName === null && !pending);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const local = parseMatrixJson(text);
    if (!local.ok) {
      setErrors(local.errors);
      setMessage(problemsText(local.errors, local.total));
      return;
    }
    start(async () => {
      const res = await importMatrixAction(text);
      setErrors(!res.ok && "errors" in res ? res.errors : []);
      if (res.ok) router.push("/admin/matrix/draft");
      else setMessage(res.message);
    });
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-3">
      <p className="text-sm text-muted-foreground">
        Replaces the {hasDraft ? "draft's" : "new draft's"} domains, emphasis and indicators with the file&apos;s. A
        file with any problem changes nothing.{" "}
        <Link href="/admin/matrix/format" className="text-primary underline underline-offset-4">
          The file format
        </Link>
        .
      </p>
      <div className="grid gap-1.5">
        <label htmlFor="import-file" className="text-sm font-medium">
          Matrix file (.json)
        </label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          className="text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-card file:px-3 file:py-1.5"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            setFileName(file?.name ?? null);
            const read = file ? await file.text() : "";
            setText(read);
            setErrors([]);
            // Import stays disabled for an empty file: say why, not leave a grey button.
            setMessage(file && read.trim() === "" ? `${file.name} is empty: choose another file.` : null);
          }}
        />
      </div>
      <details>
        <summary className="cursor-pointer text-sm">…or paste the JSON</summary>
        <label htmlFor="import-text" className="sr-only">
          Matrix JSON
        </label>
        <textarea
          id="import-text"
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="mt-2 w-full rounded-md border border-border bg-card p-2 font-mono text-xs"
        />
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || text.trim() === ""}>
          {pending ? "Importing…" : fileName ? `Import ${fileName}` : "Import"}
        </Button>
      </div>
      {message ? (
        <div role="alert" className="grid gap-2 text-sm">
          <p className="text-danger">{message}</p>
          {errors.length > 0 ? (
            <ul className="grid max-h-72 gap-1 overflow-y-auto rounded-md border border-border p-2">
              {errors.map((err, i) => (
                <li key={i} className="break-words">
                  <code className="rounded bg-muted px-1 text-xs">{err.path}</code>
                  {err.line ? (
                    <span className="text-muted-foreground">
                      {" "}
                      line {err.line}, column {err.column}
                    </span>
                  ) : null}
                  : {err.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
