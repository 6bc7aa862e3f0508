// Mail captured instead of written to .data/mail, for tests that read what was sent (a link, a
// recipient). In a test file: `vi.mock("../../lib/mail", () => import("./mail-capture"));` and
// read `sent` from this module (the mock and the import are one module, so one list).
import { beforeEach } from "vitest";

export type SentMail = { to: string; subject: string; text: string };
export const sent: SentMail[] = [];
export const mailDelivery = (): "smtp" | "file" => "file";
export async function sendMail(msg: SentMail) {
  sent.push(msg);
}
beforeEach(() => {
  sent.length = 0;
});
