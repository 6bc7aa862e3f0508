// The "unit" project runs without per-file isolation (vitest.config.ts): a file that mocks modules
// or stubs globals there could leak its mocks into the next file, and one setting TZ would have no
// effect (a worker thread ignores it). Such files must be listed.
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { MOCKING_UNIT_TESTS } from "../../vitest.config";

const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

it("runs every unit test file that mocks modules, stubs globals or sets TZ isolated", () => {
  const mocking = files("tests/unit")
    .filter((f) => f.endsWith(".test.ts") && f !== path.join("tests/unit/test-isolation.test.ts"))
    .filter((f) => /\bvi\.(mock|doMock|resetModules|stubGlobal)\(|process\.env\.TZ =/.test(fs.readFileSync(f, "utf8")))
    .sort();
  expect(mocking).toEqual([...MOCKING_UNIT_TESTS].sort());
});
