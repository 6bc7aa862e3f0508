import { ForbiddenNotice } from "@/components/layout/forbidden-notice";

// Rendered inside the app shell's <main>: not a main landmark of its own.
export default function Forbidden() {
  return <ForbiddenNotice landmark={false} />;
}
