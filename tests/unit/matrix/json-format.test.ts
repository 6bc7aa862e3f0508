import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_FILE_CHARS,
  formatPath,
  parseMatrixJson,
  problemsText,
  type MatrixJsonError,
} from "../../../lib/matrix/json-format";
import { locateJsonError } from "../../../lib/matrix/json-syntax";
import { asText, seededFile } from "./fixture";

function errorsOf(mutate: (f: ReturnType<typeof seededFile> & Record<string, unknown>) => void): MatrixJsonError[] {
  const file = seededFile() as ReturnType<typeof seededFile> & Record<string, unknown>;
  mutate(file);
  const result = parseMatrixJson(asText(file));
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.errors;
}
const paths = (errors: MatrixJsonError[]) => errors.map((e) => e.path);

describe("parseMatrixJson: a good file", () => {
  it("accepts the seeded matrix, trimming text", () => {
    const file = seededFile();
    file.cells[0]!.indicators[0] = `  ${file.cells[0]!.indicators[0]}  `;
    const result = parseMatrixJson(asText(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.cells).toHaveLength(48);
    expect(result.data.cells[0]!.indicators[0]).toBe(seededFile().cells[0]!.indicators[0]);
  });

  it("accepts an export's informational fields and a byte-order mark", () => {
    const file = {
      ...seededFile(),
      source: {
        number: 3,
        status: "PUBLISHED",
        changeNote: "Tightened wording",
        exportedAt: "2026-11-23T10:00:00.000Z",
      },
    };
    expect(parseMatrixJson(`\uFEFF${asText(file)}`).ok).toBe(true);
  });

  it("accepts the example in docs/matrix-json.md", () => {
    const doc = fs.readFileSync("docs/matrix-json.md", "utf8");
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    expect(parseMatrixJson(example)).toMatchObject({
      ok: true,
      data: { domains: [{ key: "observability" }, { key: "finops" }] },
    });
  });

  it("accepts a matrix with a single cluster and domain", () => {
    const f = seededFile();
    const small = {
      ...f,
      clusters: [{ ...f.clusters[0]!, emphasis: { observability: "core" } }],
      domains: [f.domains[0]!],
      cells: f.cells.filter((c) => c.cluster === "sre" && c.domain === "observability"),
    };
    expect(parseMatrixJson(asText(small)).ok).toBe(true);
  });
});

describe("parseMatrixJson: bad files name the JSON path", () => {
  it("checks the header", () => {
    expect(paths(errorsOf((f) => void ((f as Record<string, unknown>).format = "csv")))).toEqual(["format"]);
    expect(paths(errorsOf((f) => void ((f as Record<string, unknown>).formatVersion = 2)))).toEqual(["formatVersion"]);
    expect(paths(errorsOf((f) => void (f.extra = true)))).toEqual(["extra"]);
    const notObject = parseMatrixJson("[1, 2]");
    expect(!notObject.ok && notObject.errors[0]!.path).toBe("(file)");
  });

  it("checks each indicator, with the cell it belongs to", () => {
    const [short] = errorsOf((f) => void (f.cells[12]!.indicators[0] = "ok"));
    expect(short).toMatchObject({ path: "cells[12].indicators[0]" });
    expect(short!.message).toMatch(/at least 3 characters.*cell platform \/ observability \/ level 1/);
    expect(paths(errorsOf((f) => void (f.cells[3]!.indicators[1] = "x".repeat(301))))).toEqual([
      "cells[3].indicators[1]",
    ]);
    // An empty cell is a draft's (a domain just added): the file reads, publishing refuses it.
    const withEmpty = seededFile();
    withEmpty.cells[2]!.indicators = [];
    expect(parseMatrixJson(asText(withEmpty))).toMatchObject({ ok: true });
    expect(
      paths(
        errorsOf((f) => void (f.cells[2]!.indicators = Array.from({ length: 9 }, (_, i) => `Indicator number ${i}`))),
      ),
    ).toEqual(["cells[2].indicators"]);
    expect(paths(errorsOf((f) => void (f.cells[5]!.indicators[1] = f.cells[5]!.indicators[0]!.toUpperCase())))).toEqual(
      ["cells[5].indicators[1]"],
    );
    expect(paths(errorsOf((f) => void ((f.cells[7]!.indicators as unknown[])[0] = 42)))).toEqual([
      "cells[7].indicators[0]",
    ]);
  });

  it("checks cells: level, unknown keys, duplicates, missing cells, unknown fields", () => {
    expect(paths(errorsOf((f) => void ((f.cells[0] as { level: number }).level = 4)))).toEqual(["cells[0].level"]);
    expect(paths(errorsOf((f) => void (f.cells[5]!.cluster = "devrel")))).toContain("cells[5].cluster");
    expect(paths(errorsOf((f) => void (f.cells[6]!.domain = "finops")))).toContain("cells[6].domain");
    const dup = errorsOf((f) => void (f.cells[1] = { ...f.cells[0]!, indicators: ["Something else entirely"] }));
    expect(dup).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "cells[1]", message: expect.stringContaining("cells[0]") }),
      ]),
    );
    expect(dup).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: "cells",
          message: expect.stringMatching(/cluster "sre", domain "observability", level 2/),
        }),
      ]),
    );
    const missing = errorsOf((f) => void f.cells.splice(47, 1));
    expect(missing).toEqual([
      { path: "cells", message: 'Missing the cell for cluster "security", domain "security-governance", level 3' },
    ]);
    const typo = errorsOf((f) => void ((f.cells[4] as Record<string, unknown>).indicator = []));
    expect(typo[0]).toMatchObject({ path: "cells[4].indicator", message: expect.stringContaining("Unknown field") });
  });

  it("checks clusters, domains and emphasis", () => {
    expect(paths(errorsOf((f) => void (f.domains[1]!.key = f.domains[0]!.key)))).toContain("domains[1].key");
    expect(paths(errorsOf((f) => void (f.domains[0]!.key = "Observability!")))).toEqual(["domains[0].key"]);
    expect(paths(errorsOf((f) => void (f.domains[2]!.shortName = "")))).toEqual(["domains[2].shortName"]);
    // Names and short names label domains: each once per file, as people read them.
    expect(paths(errorsOf((f) => void (f.domains[1]!.name = ` ${f.domains[0]!.name.toUpperCase()}`)))).toEqual([
      "domains[1].name",
    ]);
    expect(paths(errorsOf((f) => void (f.domains[3]!.shortName = f.domains[0]!.shortName)))).toEqual([
      "domains[3].shortName",
    ]);
    expect(paths(errorsOf((f) => void (f.clusters[0]!.emphasis.observability = "vital" as "core")))).toEqual([
      "clusters[0].emphasis.observability",
    ]);
    expect(paths(errorsOf((f) => void delete f.clusters[1]!.emphasis["data-ml"]))).toEqual(["clusters[1].emphasis"]);
    expect(paths(errorsOf((f) => void (f.clusters[2]!.emphasis["fin-ops"] = "core")))).toEqual([
      'clusters[2].emphasis["fin-ops"]',
    ]);
    expect(paths(errorsOf((f) => void (f.clusters[3]!.key = "sre")))).toContain("clusters[3].key");
  });

  it("says a file holding no object holds no matrix, and counts problems past the listed 50", () => {
    for (const text of ["null", "[1, 2]", "42", '"matrix"']) {
      const result = parseMatrixJson(text);
      expect(!result.ok && result.errors).toEqual([
        expect.objectContaining({ path: "(file)", message: expect.stringMatching(/holds no matrix/) }),
      ]);
    }
    const file = JSON.parse(asText(seededFile())) as { cells: { indicators: string[] }[] };
    for (const cell of file.cells) cell.indicators = ["x", "y"]; // two problems a cell
    const many = parseMatrixJson(JSON.stringify(file));
    if (many.ok) throw new Error("expected problems");
    expect(many.errors).toHaveLength(50);
    expect(many.total).toBeGreaterThan(50);
    expect(problemsText(many.errors, many.total)).toBe(
      `The file has ${many.total} problems (the first 50 are listed); nothing was changed.`,
    );
    expect(problemsText(many.errors.slice(0, 1))).toBe("The file has a problem; nothing was changed.");
  });

  it("refuses a file that is too large", () => {
    const result = parseMatrixJson(" ".repeat(MAX_FILE_CHARS + 1));
    expect(!result.ok && result.errors[0]!.message).toMatch(/too large/);
  });
});

describe("parseMatrixJson: JSON syntax errors give line and column", () => {
  const syntax = (text: string) => {
    const result = parseMatrixJson(text);
    if (result.ok) throw new Error("expected a syntax error");
    expect(result.errors).toHaveLength(1);
    return result.errors[0]!;
  };

  it("points at a missing comma", () => {
    const text = '{\n  "format": "aiops-matrix"\n  "formatVersion": 1\n}';
    expect(syntax(text)).toMatchObject({
      path: "(file)",
      line: 3,
      column: 3,
      message: expect.stringMatching(/Not valid JSON: Expected ','/),
    });
  });

  it("points at a trailing comma, a broken string, single quotes and a cut-off file", () => {
    expect(syntax('{\n  "cells": [\n    1,\n  ]\n}')).toMatchObject({
      line: 4,
      column: 3,
      message: expect.stringMatching(/Trailing comma/),
    });
    expect(syntax('{\n  "a": "line one\nline two"\n}')).toMatchObject({ line: 2, column: 17 });
    expect(syntax("{\n  'format': 1\n}")).toMatchObject({
      line: 2,
      column: 3,
      message: expect.stringMatching(/double quotes/),
    });
    expect(syntax('{\n  "cells": [\n')).toMatchObject({ line: 3, column: 1, message: expect.stringMatching(/ends/) });
    expect(syntax("")).toMatchObject({ line: 1, column: 1 });
  });

  it("agrees with JSON.parse on what is valid", () => {
    fc.assert(fc.property(fc.json(), (text) => locateJsonError(text) === null));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (locateJsonError(text) === null) === valid;
      }),
    );
  });
});

describe("formatPath", () => {
  it("writes JSON paths the way people read them", () => {
    expect(formatPath(["cells", 12, "indicators", 0])).toBe("cells[12].indicators[0]");
    expect(formatPath(["clusters", 0, "emphasis", "data-ml"])).toBe('clusters[0].emphasis["data-ml"]');
    expect(formatPath([])).toBe("(file)");
  });
});
