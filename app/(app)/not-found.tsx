import { NotFoundNotice } from "@/components/layout/not-found-notice";

// Rendered inside the app shell's <main>: not a main landmark of its own.
export default function NotFound() {
  return <NotFoundNotice landmark={false} />;
}
