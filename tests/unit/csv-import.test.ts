import { describe, expect, it } from "vitest";
import { parseCandidateCsv } from "../../lib/candidates/csv";

describe("parseCandidateCsv", () => {
  it("maps columns case-insensitively (with aliases), validates rows and reports issues by line and column", () => {
    const csv =
      "Full Name,E-mail,Role,Source,Phone\nAda Lovelace,ada@example.org,AI Platform Engineer,Referral,+44 20 1234\nB,not-an-email,,LinkedIn,call me\n";
    const { rows, fileErrors } = parseCandidateCsv(csv);
    expect(fileErrors).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      issues: [],
      data: { name: "Ada Lovelace", email: "ada@example.org", role: "AI Platform Engineer" },
    });
    expect(rows[1]!.line).toBe(3);
    expect(rows[1]!.issues.map((i) => i.column).sort()).toEqual(["email", "name", "phone"]);
  });

  it("names a record by the line it starts on, across values with line breaks and blank lines", () => {
    const csv = [
      "name,email,headline",
      'Ann Multi,ann@example.org,"line one', // 2: the headline runs over lines 2-4
      "line two",
      'line three"',
      "Bo Bad,not-an-email,x", // 5
      "",
      "   ",
      "Cy Later,cy@example.org,y", // 8, after two blank lines
      "Di Crlf,di@example.org,z", // 9
    ].join("\r\n");
    const { rows, fileErrors } = parseCandidateCsv(csv);
    expect(fileErrors).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([2, 5, 8, 9]);
    expect(rows[1]!.issues.map((i) => i.column)).toEqual(["email"]);
    expect(
      parseCandidateCsv("name,email\nAda,ada@example.org\nAda L,ADA@example.org\n").rows[1]!.firstLineWithEmail,
    ).toBe(2);
  });

  it("stores a value with line breaks on one line, as its preview shows it", () => {
    const csv =
      'name,email,headline,source\n"Multi\r\nLine   Name",ml@example.org,"SRE lead,\n\tplatform team","Referral\n"\n';
    const [row] = parseCandidateCsv(csv).rows;
    expect(row!.issues).toEqual([]);
    expect(row!.data).toMatchObject({
      name: "Multi Line Name",
      headline: "SRE lead, platform team",
      source: "Referral",
    });
    expect(row!.values).toMatchObject({ name: "Multi Line Name", headline: "SRE lead, platform team" });
  });

  it("links later rows with the same email (any case) to the first one", () => {
    const { rows } = parseCandidateCsv("name,email\nAda,ada@example.org\nAda L,ADA@example.org\nBo,bo@example.org\n");
    expect(rows.map((r) => r.firstLineWithEmail)).toEqual([null, 2, null]);
  });

  it("rejects a file without the required columns, naming what it found", () => {
    expect(parseCandidateCsv("who,where\nx,y\n").fileErrors[0]).toMatch(/no “name” column \(found: who, where\)/);
  });

  it("counts a line of only commas as a line, as an editor does (the parser leaves it out)", () => {
    const { rows } = parseCandidateCsv("name,email\nAnn,ann@example.org\n,\n , ,, \nBob,not-an-email\n");
    expect(rows.map((r) => [r.line, r.values.name])).toEqual([
      [2, "Ann"],
      [5, "Bob"],
    ]);
    const semicolons = parseCandidateCsv("name;email\n;;\nCy;cy@example.org\n");
    expect(semicolons.rows.map((r) => r.line)).toEqual([3]);
  });

  it("says blank headers as blank, not as the parser's renames", () => {
    expect(parseCandidateCsv(",,\n,,\n").fileErrors[0]).toBe(
      "The file has no “name” column: the first line has no column names.",
    );
  });

  it("handles quoted commas, a BOM and blank lines", () => {
    const { rows } = parseCandidateCsv('\uFEFFname,email,headline\n"Lee, Jordan",jl@example.com,"SRE, payments"\n\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.data).toMatchObject({ name: "Lee, Jordan", headline: "SRE, payments" });
  });

  it("uses the first of two columns for the same field and says the second is ignored", () => {
    const twice = parseCandidateCsv("name,email,notes,Email\nAda Lovelace,ada@example.com,hi,other@example.com\n");
    expect(twice.rows[0]!.data?.email).toBe("ada@example.com");
    expect(twice.unknownColumns).toEqual(["notes", "email (another “email” column; the first is used)"]);
    // An alias naming a column already there: the first still wins (the later one used to).
    const alias = parseCandidateCsv("name,email,e-mail\nAda Lovelace,ada@example.com,b@example.com\n");
    expect(alias.rows[0]!.data?.email).toBe("ada@example.com");
    expect(alias.unknownColumns).toEqual(["e-mail (another “email” column; the first is used)"]);
  });

  it("reads Excel's 'sep=;' first line as the delimiter, keeping line numbers as an editor shows them", () => {
    const { rows, fileErrors } = parseCandidateCsv(
      "sep=;\nname;email;role\nAda Lovelace;ada@example.com;SRE\n\nBo Stone;bo@example.com;SRE\n",
    );
    expect(fileErrors).toEqual([]);
    expect(rows.map((r) => [r.line, r.data?.name, r.data?.role])).toEqual([
      [3, "Ada Lovelace", "SRE"],
      [5, "Bo Stone", "SRE"],
    ]);
    expect(parseCandidateCsv('sep=,\nname,email\nAda,a@example.com\n"Bo,b@example.com\n').fileErrors[0]).toMatch(
      /^Line 4: a value opens a quote/,
    );
  });

  it("refuses a value garbled by a line saved in another encoding, naming it; real Ã stays", () => {
    const { rows } = parseCandidateCsv(
      "name,email,headline\nZoÃ« Ng,zoe@example.com,\nJOÃO Silva,joao@example.com,\nAda Lovelace,ada@example.com,Itâ€™s SRE\n",
    );
    expect(rows[0]!.data).toBeNull();
    expect(rows[0]!.issues).toEqual([
      { column: "name", message: expect.stringMatching(/^“ZoÃ« Ng” looks garbled: this line was saved in another/) },
    ]);
    expect(rows[1]!.data?.name).toBe("JOÃO Silva");
    expect(rows[2]!.issues[0]).toMatchObject({ column: "headline" });
  });
});

describe("files that are not a usable CSV get one clear whole-file refusal", () => {
  const refusal = (text: string) => {
    const r = parseCandidateCsv(text);
    expect(r.rows).toEqual([]);
    expect(r.fileErrors).toHaveLength(1);
    return r.fileErrors[0]!;
  };
  it("an unclosed quote would swallow the lines after it: refused, naming the line", () => {
    expect(refusal('name,email\nAda,ada@x.org\n"Bob,bob@x.org\nCy,cy@x.org\n')).toMatch(
      /^Line 3: a value opens a quote/,
    );
    expect(refusal('name,email\n"A"b,x@y.org\nCy,cy@x.org\n')).toMatch(/^Line 2:/);
  });
  it("a PNG renamed .csv, an Excel workbook and a UTF-16 export say what they look like", () => {
    const png = new TextDecoder().decode(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    expect(refusal(png)).toMatch(/not CSV text: it looks like an image/);
    expect(refusal("PK\u0003\u0004\u0014\u0000\u0006\u0000")).toMatch(/Excel workbook/);
    const utf16 = new TextDecoder().decode(
      new Uint8Array([0xff, 0xfe, ...[..."name,email"].flatMap((c) => [c.charCodeAt(0), 0])]),
    );
    expect(refusal(utf16)).toMatch(/UTF-16/);
  });
  it("an empty file and a header-only file", () => {
    expect(refusal("")).toMatch(/^The file is empty/);
    expect(refusal("\uFEFF \n")).toMatch(/^The file is empty/);
    expect(refusal("name,email\n")).toMatch(/header line but no candidates/);
  });
  it("a one-letter name is too short, not 'missing'", () => {
    const { rows } = parseCandidateCsv("name,email\nA,a@example.org\n,b@example.org\n");
    expect(rows[0]!.issues).toEqual([
      { column: "name", message: "Name is too short: give at least 2 characters (a full name is best)" },
    ]);
    expect(rows[1]!.issues).toEqual([{ column: "name", message: "Name is missing" }]);
  });
  it("a 5 MB file parses in seconds, and one over 10,000 rows is refused whole", () => {
    const line = (i: number) =>
      `Candidate ${i},c${i}@example.org,,Referral,,${"h".repeat(150)},+1 555 0100,${"x".repeat(400)}\n`;
    let text = "name,email,role,source,stage,headline,phone,notes\n";
    let i = 0;
    while (text.length < 5 * 1024 * 1024 - 600) text += line(i++);
    const started = Date.now();
    const r = parseCandidateCsv(text);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.fileErrors).toEqual([]);
    expect(r.rows).toHaveLength(i);
    expect(r.rows.every((row) => row.issues.length === 0)).toBe(true);
    const many = "name,email\n" + Array.from({ length: 10_001 }, (_, k) => `P ${k},p${k}@x.org`).join("\n");
    expect(refusal(many)).toBe("The file has 10,001 rows; import at most 10,000 at a time.");
  });
});
