"use client";
// The pipeline's folded forms, loaded when a fold first opens (or is hovered or focused): the
// role page and the board list many candidates and most visits open none, so the forms' code,
// react-hook-form and zod stay off the first paint.
import dynamic from "next/dynamic";
import type { MoveControls } from "@/components/pipeline/move-controls";
import { Fold } from "@/components/ui/fold";

const loading = () => <p className="text-sm text-muted-foreground">Loading…</p>;
const loadApplicationControls = () => import("@/components/pipeline/application-controls");
const loadMoveControls = () => import("@/components/pipeline/move-controls");

export const LazyApplicationControls = dynamic(() => loadApplicationControls().then((m) => m.ApplicationControls), {
  loading,
});
export const LazyMoveControls = dynamic(() => loadMoveControls().then((m) => m.MoveControls), { loading });

/** Starts loading before the click, so the form is usually there when the fold opens. */
export const preloadApplicationControls = () => void loadApplicationControls().catch(() => undefined);
export const preloadMoveControls = () => void loadMoveControls().catch(() => undefined);

/** A board card's "Move, hire or reject" fold ("Move or reject" for who may not record a hire). */
export function MoveFold(props: React.ComponentProps<typeof MoveControls>) {
  return (
    <Fold
      className="mt-2"
      onIntent={preloadMoveControls}
      summary={
        <summary className="w-fit cursor-pointer text-primary">
          Move<span className="sr-only"> {props.candidate}</span>
          {props.canHire ? ", hire or reject" : " or reject"}
        </summary>
      }
    >
      <div className="mt-2">
        <LazyMoveControls {...props} />
      </div>
    </Fold>
  );
}
