// Why commitImportAction takes one object: React's server-action decoder (Next's compiled
// react-server-dom-webpack) counts the characters of a string inside an arguments list of more
// than one against a limit of a million, so a CSV over about 1 MB sent as (text, lines) was
// refused with "Maximum array nesting exceeded" after its preview had passed. Encoded by the
// client build and decoded by the server build (which needs the react-server condition), each
// in its own process, as in the app.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function roundTrip(args: string): string {
  const encoded = execFileSync(
    process.execPath,
    [
      "-e",
      `require("next/dist/compiled/react-server-dom-webpack/client.node").encodeReply(${args}).then((b) => process.stdout.write(b))`,
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      "-e",
      `let body = ""; process.stdin.on("data", (c) => (body += c)).on("end", () =>
        require("next/dist/compiled/react-server-dom-webpack/server.node").decodeReply(body, {}).then(
          (out) => process.stdout.write("decoded " + out.length),
          (e) => process.stdout.write("refused: " + e.message)));`,
    ],
    { input: encoded, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
}

describe("a large CSV sent to a server action", () => {
  const text = `"x".repeat(1_200_000)`;
  it("is refused beside a second argument (the old commitImportAction(text, lines) call)", () => {
    expect(roundTrip(`[${text}, [2, 3]]`)).toMatch(/^refused: Maximum array nesting exceeded/);
  });
  it("decodes as a field of one object (commitImportAction({ text, confirmedLines }))", () => {
    expect(roundTrip(`[{ text: ${text}, confirmedLines: [2, 3] }]`)).toBe("decoded 1");
  });
});
