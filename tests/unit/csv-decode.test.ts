import { describe, expect, it } from "vitest";
import { parseCandidateCsv, unreadableCharacterLine } from "@/lib/candidates/csv";
import { decodeCsvBytes } from "@/lib/candidates/csv-decode";

const ROLE = "Senior AI Operations Engineer";
/** Windows-1252 bytes of an ASCII-or-Latin-1 string (each character one byte). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeCsvBytes", () => {
  it("reads a UTF-8 file as it is, and says nothing about its encoding", () => {
    const text = `name,email,role\nJosé Martínez,jose@example.org,${ROLE}\n`;
    expect(decodeCsvBytes(utf8(text))).toEqual({ text, legacyEncoding: null });
  });

  it("reads Excel's Windows-1252 CSV with its accents, and flags the encoding", () => {
    const text = `name,email,role\nJosé Martínez,jose@example.org,${ROLE}\nZoë Ørsted,zoe@example.org,${ROLE}\n`;
    const decoded = decodeCsvBytes(cp1252(text));
    expect(decoded.legacyEncoding).toBe("windows-1252");
    expect(decoded.text).toBe(text);
    const parsed = parseCandidateCsv(decoded.text);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows.map((r) => r.data?.name)).toEqual(["José Martínez", "Zoë Ørsted"]);
  });

  it("reads Windows-1252's own characters (curly quotes, the euro sign) where Latin-1 has controls", () => {
    // 0x92 is ’ and 0x80 is € in Windows-1252.
    const bytes = Uint8Array.from([
      ...cp1252("name,email\nO"),
      0x92,
      ...cp1252("Brien "),
      0x80,
      ...cp1252(",ob@example.org\n"),
    ]);
    expect(decodeCsvBytes(bytes).text).toBe("name,email\nO’Brien €,ob@example.org\n");
  });

  it("leaves a file with NUL bytes to the binary check, which names UTF-16", () => {
    const le = new Uint8Array([0xff, 0xfe, ...[..."name,email\n"].flatMap((c) => [c.charCodeAt(0), 0])]);
    const decoded = decodeCsvBytes(le);
    expect(decoded.legacyEncoding).toBeNull();
    expect(parseCandidateCsv(decoded.text).fileErrors[0]).toMatch(/UTF-16/);
  });
});

describe("text with the replacement character", () => {
  it("is refused naming the line, so a garbled name is never stored", () => {
    const text = `name,email,role\nAna Silva,ana@example.org,${ROLE}\nJos\uFFFD Mart\uFFFDnez,jose@example.org,${ROLE}\n`;
    expect(unreadableCharacterLine(text)).toBe(3);
    const parsed = parseCandidateCsv(text);
    expect(parsed.rows).toEqual([]);
    expect(parsed.fileErrors).toEqual([expect.stringMatching(/^Line 3 has characters that could not be read/)]);
  });

  it("is refused even when it is rare enough that the binary check lets the file through", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `Person ${i},p${i}@example.org,${ROLE}`);
    rows.push(`Jos\uFFFD,jose@example.org,${ROLE}`);
    const parsed = parseCandidateCsv(`name,email,role\n${rows.join("\n")}\n`);
    expect(parsed.fileErrors).toEqual([expect.stringMatching(/^Line 62 has characters/)]);
  });
});
