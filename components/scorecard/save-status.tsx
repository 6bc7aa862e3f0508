import { browserTimeZone, formatTime } from "@/lib/dates";
import type { SaveState } from "./autosave-machine";

export function SaveStatus({ state }: { state: SaveState }) {
  switch (state.kind) {
    case "idle":
      return <span className="text-muted-foreground">Changes save automatically.</span>;
    case "saving":
      return <span className="text-muted-foreground">Saving…</span>;
    case "saved":
      return <span className="text-success">Draft saved {formatTime(state.at, browserTimeZone())}</span>;
    case "retrying":
      return (
        <span role="status" className="text-warning">
          {state.message}
        </span>
      );
    case "signed-out":
      return (
        <span role="alert" className="text-danger">
          {state.message}{" "}
          <a href="/signin" target="_blank" className="underline">
            Sign in (new tab)
          </a>
        </span>
      );
    case "conflict":
      return (
        <span role="alert" className="text-danger">
          Changed elsewhere: choose which version to keep.
        </span>
      );
    case "error":
      return (
        <span role="alert" className="text-danger">
          Not saved: {state.message}
        </span>
      );
  }
}
