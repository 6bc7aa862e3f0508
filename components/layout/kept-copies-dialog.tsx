"use client";
// Shown only when sign-out finds unsaved work on this device: scorecard changes the server did not
// take, interview-plan and job-description edits not saved (loaded then, not with the page).
import * as Dialog from "@radix-ui/react-dialog";
import { Button } from "@/components/ui/button";
import { describeKept, type Kept } from "./kept-copies";

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
          <Dialog.Title className="text-lg font-semibold">You have unsaved work on this device</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-muted-foreground">
            {describeKept(kept)} Open each to save it, or choose:
          </Dialog.Description>
          <ul className="mt-3 list-disc pl-5 text-sm">
            {kept.map((k) => (
              <li key={k.key}>
                <a href={k.href} className="text-primary underline underline-offset-4">
                  {k.label}
                </a>
              </li>
            ))}
          </ul>
          <div className="mt-4 flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:justify-end">
            <Dialog.Close asChild>
              <Button variant="outline">Stay signed in</Button>
            </Dialog.Close>
            <Button variant="outline" onClick={onKeep}>
              Sign out, keep {kept.length === 1 ? "it" : "them"} on this device
            </Button>
            <Button variant="danger" onClick={onDelete}>
              Delete {kept.length === 1 ? "it" : "them"} and sign out
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
