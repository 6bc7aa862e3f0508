"use client";
// Shown only when sign-out finds scorecard changes the server did not take (loaded then, not with the page).
import * as Dialog from "@radix-ui/react-dialog";
import { Button } from "@/components/ui/button";
import type { Kept } from "./sign-out-flow";

export default function KeptCopiesDialog({
  kept,
  onClose,
  onKeep,
  onDelete,
}: {
  kept: Kept;
  onClose: () => void;
  onKeep: () => void;
  onDelete: () => void;
}) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed inset-x-2 top-10 z-50 mx-auto max-w-lg rounded-lg bg-card p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">You have unsaved scorecard changes on this device</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-muted-foreground">
            {kept.length === 1 ? "One scorecard has" : `${kept.length} scorecards have`} changes the server does not have (offline, signed
            out, changed elsewhere, or an amendment not yet saved). Open {kept.length === 1 ? "it" : "them"} to save, or choose:
          </Dialog.Description>
          <ul className="mt-3 list-disc pl-5 text-sm">
            {kept.map((k) => (
              <li key={k.key}>
                <a href={`/interviews/${k.interviewId}`} className="text-primary underline underline-offset-4">
                  Open the scorecard
                </a>
              </li>
            ))}
          </ul>
          <div className="mt-4 flex flex-col gap-2 sm:flex-row sm:justify-end">
            <Dialog.Close asChild>
              <Button variant="outline">Stay signed in</Button>
            </Dialog.Close>
            <Button variant="outline" onClick={onKeep}>
              Sign out, keep them on this device
            </Button>
            <Button variant="danger" onClick={onDelete}>
              Delete them and sign out
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
