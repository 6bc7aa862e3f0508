"use client";
import { Button } from "@/components/ui/button";

/**
 * The scorecard is submitted, but this device still holds different answers (typed in a tab
 * that never got them to the server, or an amendment interrupted by a reload). Offered back,
 * never dropped silently.
 */
export function LeftoverBanner({
  onAmend,
  onCompare,
  onDiscard,
}: {
  onAmend: () => void;
  onCompare: () => void;
  onDiscard: () => void;
}) {
  return (
    <section aria-labelledby="leftover-h" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h3 id="leftover-h" className="font-semibold">
        You have unsent changes from this device
      </h3>
      <p className="mt-1 text-sm">
        This scorecard is submitted, but this device kept answers that differ from it. Start an amendment with them (you
        will be asked why), or discard them.
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <Button type="button" onClick={onAmend}>
          Start an amendment with them
        </Button>
        <Button type="button" variant="outline" onClick={onCompare}>
          Compare with the submitted version
        </Button>
        <Button type="button" variant="outline" onClick={onDiscard}>
          Discard them
        </Button>
      </div>
    </section>
  );
}
