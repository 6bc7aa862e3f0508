"use client";
// The candidate page's self-identification link: create it (or a new one, which stops the old),
// then copy it to send to the candidate. Only a fingerprint of a link is stored, so a link is
// shown once, right after it is made; the page afterwards says when the current one was made
// and when it expires. Whether the candidate answered is not shown here, nor what.
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useCopyText } from "@/components/ui/use-copy-text";
import { INPUT_CLASS, LABEL_CLASS } from "@/components/ui/field-classes";
import { formatDate } from "@/lib/dates";
import { createSelfIdLinkAction } from "@/lib/fair-hiring/actions";

type Props = {
  candidateId: string;
  /** The current link's dates, formatted in the viewer's zone; null: none yet. */
  current: { created: string; expires: string; expired: boolean } | null;
  /** How long a new link works, in days. */
  days: number;
  timeZone: string;
};

/** The card body (the page draws the card and its note, server-side). */
export function SelfIdLinkControls({ candidateId, current, days, timeZone }: Props) {
  const [made, setMade] = useState<{ url: string; expires: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const { copied, copy, reset } = useCopyText(() => input.current?.select());

  const create = () =>
    start(async () => {
      setMessage(null);
      reset();
      try {
        const res = await createSelfIdLinkAction({ candidateId });
        if (!res.ok) return setMessage(res.message);
        setMade({ url: res.url, expires: formatDate(res.expiresAt, timeZone) });
      } catch {
        setMessage("Could not reach the server; no link was made. Try again.");
      }
    });

  return (
    <div className="grid gap-3 text-sm">
      {made ? (
        <div className="grid gap-1.5">
          <label htmlFor="self-id-url" className={LABEL_CLASS}>
            Link for the candidate
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              ref={input}
              id="self-id-url"
              readOnly
              value={made.url}
              aria-describedby="self-id-url-hint"
              className={`${INPUT_CLASS} min-w-0 flex-1 font-mono`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button type="button" variant="outline" onClick={() => copy(made.url)}>
              {copied === "yes" ? "Copied" : "Copy link"}
            </Button>
          </div>
          <p id="self-id-url-hint" className="text-xs text-muted-foreground">
            Works until {made.expires}. It is shown only now: copy it into your message to the candidate. Making another
            link stops this one.
          </p>
        </div>
      ) : current ? (
        <p className="text-muted-foreground">
          A link was made on {current.created};{" "}
          {current.expired ? `it expired on ${current.expires}` : `it works until ${current.expires}`}. Links are not
          kept (only a fingerprint is stored), so it cannot be shown again: make a new one to send it again, and the old
          one stops working.
        </p>
      ) : (
        <p className="text-muted-foreground">No link yet. A new link works for {days} days.</p>
      )}
      <div>
        <Button type="button" variant={made ? "outline" : "default"} onClick={create} disabled={pending}>
          {pending ? "Making the link…" : made || current ? "Make a new link" : "Create link"}
        </Button>
      </div>
      {copied === "yes" ? (
        <p role="status" className="text-xs text-muted-foreground">
          Copied to the clipboard.
        </p>
      ) : null}
      {copied === "refused" ? (
        <p role="alert" className="text-sm text-danger">
          Copying was refused by the browser; the link is selected, copy it with Ctrl+C (or long-press on a phone).
        </p>
      ) : null}
      {message ? (
        <p role="alert" className="text-sm text-danger">
          {message}
        </p>
      ) : null}
    </div>
  );
}
