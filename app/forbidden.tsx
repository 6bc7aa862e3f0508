import { ForbiddenNotice } from "@/components/layout/forbidden-notice";

// Outside the signed-in pages' shell: the page's only main landmark. The app's own pages use app/(app)/forbidden.tsx.
export default function Forbidden() {
  return <ForbiddenNotice landmark />;
}
