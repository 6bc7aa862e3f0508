"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { eraseCandidateAction } from "@/lib/candidates/actions";
import { Button } from "@/components/ui/button";

export function EraseButton({ candidateId, name }: { candidateId: string; name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button variant="danger">Erase personal data</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/3 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 rounded-lg bg-card p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">Erase {name}?</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-muted-foreground">
            Name, contact details, interview evidence and notes are removed for good, and applications in progress are
            withdrawn. Ratings stay, anonymised, for interviewer calibration. Reminder emails already sent are not
            recalled. This is recorded in the audit log and cannot be undone.
          </Dialog.Description>
          {error ? (
            <p role="alert" className="mt-2 text-sm text-danger">
              {error}
            </p>
          ) : null}
          <div className="mt-4 flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="outline">Cancel</Button>
            </Dialog.Close>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() =>
                start(async () => {
                  try {
                    const res = await eraseCandidateAction(candidateId);
                    if (!res.ok) return setError(res.message);
                    setOpen(false);
                    router.refresh();
                  } catch {
                    setError("Could not reach the server; nothing was erased. Try again.");
                  }
                })
              }
            >
              Erase
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
