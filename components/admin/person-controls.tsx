"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { changeKindAction, inviteAction, setActiveAction } from "@/lib/people/actions";
import { Button } from "@/components/ui/button";
import { KIND_LABEL } from "@/lib/auth/permissions";
import { invitationSentText } from "@/lib/people/invitation-text";
import { USER_KINDS } from "@/lib/validation/people";
import { Select } from "@/components/ui/select";

type Kind = (typeof USER_KINDS)[number];
/** `version`: User.version as this page loaded it, sent with each change (a stale page gets a conflict). */
type Person = {
  id: string;
  name: string;
  email: string;
  kind: Kind;
  active: boolean;
  version: number;
  hasPassword: boolean;
};
type Result = { ok: boolean; kind?: string; message?: string };

/**
 * A person's kind and active state. Choosing another kind asks for confirmation first (it changes
 * what they may see at their next request); each change says what happened, and a change another
 * admin made meanwhile is reported with a way to reload. Escape or Cancel drops the chosen kind and
 * puts the focus back on the select.
 */
export function PersonControls({ person, isSelf }: { person: Person; isSelf: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  // A kind chosen in the select and awaiting confirmation.
  const [chosen, setChosen] = useState<Kind | null>(null);
  // Deactivating revokes API tokens for good: asked first, like a kind change.
  const [deactivating, setDeactivating] = useState(false);
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const run = <R extends Result>(fn: () => Promise<R>, done: string | ((res: Extract<R, { ok: true }>) => string)) =>
    start(async () => {
      setError(null);
      setStatus(null);
      try {
        const res = await fn();
        if (!res.ok) {
          // Refused: the select shows the kind the person still has, not the one refused.
          setChosen(null);
          setDeactivating(false);
          return setError({ message: res.message ?? "That didn't work.", stale: res.kind === "conflict" });
        }
        setChosen(null);
        setDeactivating(false);
        setStatus(typeof done === "string" ? done : done(res as Extract<R, { ok: true }>));
      } catch {
        setError({ message: "Could not reach the server; nothing was saved. Try again.", stale: false });
      }
    });
  const reload = () => {
    setChosen(null);
    setError(null);
    router.refresh();
  };
  const kindSelect = useRef<HTMLSelectElement>(null);
  const activeButton = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    if (deactivating) {
      setDeactivating(false);
      // Once enabled again (it is disabled while the question is open).
      return void requestAnimationFrame(() => activeButton.current?.focus());
    }
    setChosen(null);
    kindSelect.current?.focus();
  };
  const setActive = () =>
    run(
      () => setActiveAction({ userId: person.id, active: !person.active, version: person.version }),
      person.active
        ? `${person.name} is deactivated: signed out, API tokens revoked.`
        : `${person.name} can sign in again.`,
    );
  const id = `kind-${person.id}`;
  return (
    <div
      className="flex flex-wrap items-center gap-2"
      onKeyDown={(e) => {
        if (e.key !== "Escape" || (chosen === null && !deactivating) || pending) return;
        e.preventDefault();
        cancel();
      }}
    >
      <label className="sr-only" htmlFor={id}>
        Kind of user for {person.name}
      </label>
      <Select
        ref={kindSelect}
        id={id}
        value={chosen ?? person.kind}
        disabled={pending}
        onChange={(e) => {
          const kind = e.target.value as Kind;
          setError(null);
          setStatus(null);
          setChosen(kind === person.kind ? null : kind);
        }}
        size="xs"
      >
        {USER_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABEL[k]}
          </option>
        ))}
      </Select>
      <Button
        ref={activeButton}
        size="sm"
        variant={person.active ? "outline" : "default"}
        disabled={pending || chosen !== null || deactivating || (isSelf && person.active)}
        onClick={() => {
          setError(null);
          setStatus(null);
          if (person.active) setDeactivating(true);
          else setActive();
        }}
      >
        {person.active ? "Deactivate" : "Reactivate"}
        <span className="sr-only"> {person.name}</span>
      </Button>
      {/* Someone who has not set a password yet (the email went astray, the link expired) gets a new
          link; someone who has one and forgot it gets the same link to set a new one. */}
      {person.active ? (
        <Button
          size="sm"
          variant="ghost"
          disabled={pending || chosen !== null || deactivating}
          onClick={() =>
            run(
              () => inviteAction({ userId: person.id }),
              (res) => invitationSentText({ ...person, delivery: res.delivery, sso: null }),
            )
          }
        >
          {person.hasPassword ? "Send password reset link" : "Send invitation"}
          <span className="sr-only"> to {person.name}</span>
        </Button>
      ) : null}
      {chosen ? (
        <Confirm
          label={`Confirm the change for ${person.name}`}
          pending={pending}
          onCancel={cancel}
          confirm={
            <Button
              size="sm"
              disabled={pending}
              onClick={() =>
                run(
                  () => changeKindAction({ userId: person.id, kind: chosen, version: person.version }),
                  `Saved: ${person.name} is now ${article(KIND_LABEL[chosen])} ${KIND_LABEL[chosen].toLowerCase()}.`,
                )
              }
            >
              Change kind
            </Button>
          }
        >
          {isSelf ? "Make yourself" : `Make ${person.name}`} {article(KIND_LABEL[chosen])}{" "}
          <strong>{KIND_LABEL[chosen].toLowerCase()}</strong> instead of {article(KIND_LABEL[person.kind])}{" "}
          {KIND_LABEL[person.kind].toLowerCase()}?{" "}
          {isSelf
            ? "You are signed out everywhere and sign in again with the new kind's access."
            : "They are signed out everywhere and sign in again with the new kind's access."}
        </Confirm>
      ) : null}
      {deactivating ? (
        <Confirm
          label={`Confirm deactivating ${person.name}`}
          pending={pending}
          cancelFirst
          onCancel={cancel}
          confirm={
            <Button size="sm" variant="danger" disabled={pending} onClick={setActive}>
              Deactivate<span className="sr-only"> {person.name} now</span>
            </Button>
          }
        >
          Deactivate {person.name}? They are signed out at once, their API tokens are revoked for good (reactivating
          does not bring them back) and their invitation links stop working. Their scorecards and history stay.
        </Confirm>
      ) : null}
      {status ? (
        <p role="status" className="w-full min-w-56 text-xs text-success">
          {status}
        </p>
      ) : null}
      {error ? (
        <div role="alert" className="flex w-full min-w-56 flex-wrap items-center gap-2 text-xs text-danger">
          <p>{error.message}</p>
          {error.stale ? (
            <Button size="sm" variant="outline" onClick={reload}>
              Reload
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

const article = (label: string) => (/^[aeiou]/i.test(label) ? "an" : "a");

/** An inline question under the row's controls: what will happen, the action, and Cancel. */
function Confirm({
  label,
  pending,
  onCancel,
  confirm,
  cancelFirst = false,
  children,
}: {
  label: string;
  /** Focus Cancel when the question opens: Enter then keeps things as they are (for what cannot be undone). */
  cancelFirst?: boolean;
  pending: boolean;
  onCancel: () => void;
  confirm: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="grid w-full min-w-56 gap-2 rounded-md border border-warning/50 bg-muted p-2 text-xs"
    >
      <p className="[overflow-wrap:anywhere]">{children}</p>
      <div className="flex flex-wrap gap-2">
        {confirm}
        <Button size="sm" variant="outline" disabled={pending} autoFocus={cancelFirst} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
