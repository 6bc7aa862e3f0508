import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  foldForSearch,
  nameSearchPatterns,
  SEARCH_FOLD,
  searchNameMatches,
  searchNameOf,
  searchWords,
} from "../../lib/search/name-search";

describe("foldForSearch", () => {
  it("takes the accents off Latin letters, one letter for one, and leaves everything else", () => {
    expect(foldForSearch("García")).toBe("Garcia");
    expect(foldForSearch("Zoë Ångström")).toBe("Zoe Angstrom");
    expect(foldForSearch("Nguyễn Thị Minh Khai")).toBe("Nguyen Thi Minh Khai");
    expect(foldForSearch("Łukasz Søgaard, Đorđević, Şahin, Ștefan")).toBe("Lukasz Sogaard, Dordevic, Sahin, Stefan");
    // A name pasted in decomposed form (e + combining acute) folds like the composed one.
    expect(foldForSearch("Jose\u0301")).toBe("Jose");
    // Two marks on one letter (no precomposed form): the one left after the fold goes too.
    expect(foldForSearch("Ngozi Ọkafọ́r, Adébáyọ̀")).toBe("Ngozi Okafor, Adebayo");
    // No one-letter base: written as two (ß "ss", Æ "AE", Œ "OE", Þ "Th"), Ð as D.
    expect(foldForSearch("Æsa Straße Œuvre STRAẞE Þór Ðorvaldsson Ærø")).toBe(
      "AEsa Strasse OEuvre STRASSE Thor Dorvaldsson AEro",
    );
    // Full-width letters read as their ASCII ones (NFKC).
    expect(foldForSearch("Ａｌｉｃｅ")).toBe("Alice");
    expect(foldForSearch("Дмитрий 王芳 أحمد")).toBe("Дмитрий 王芳 أحمد");
  });

  it("drops apostrophes and hyphens and joins spaces; a query of apostrophes searches for nothing", () => {
    expect(foldForSearch("O'Brien-García")).toBe("OBrienGarcia");
    expect(foldForSearch("Anna\u2011Lena  -  Berg")).toBe("AnnaLena Berg");
    expect(foldForSearch("Siobhán O’Brien")).toBe("Siobhan OBrien");
    expect(foldForSearch("tomas   garcia")).toBe("tomas garcia");
    expect(nameSearchPatterns("o’brien")).toEqual([["%obrien%"]]);
    // ILIKE of '' matches no (non-empty) name; no condition at all would match every one.
    expect(nameSearchPatterns("'")).toEqual([[""]]);
    expect(nameSearchPatterns(" ’ - ")).toEqual([[""]]);
    expect(searchNameMatches("’")).toEqual({ searchName: { equals: "" } });
  });

  it("builds one LIKE pattern a word typed, whose wildcards stay literal", () => {
    expect(nameSearchPatterns("Núñez")).toEqual([["%Nunez%"]]);
    expect(nameSearchPatterns("50%_x")).toEqual([["%50\\%\\_x%"]]);
    expect(nameSearchPatterns("garcía  maría")).toEqual([["%garcia%"], ["%maria%"]]);
    expect(nameSearchPatterns("o brien")).toEqual([["%o%"], ["%brien%"]]);
    // Every word counts (a query is at most 100 characters), each once.
    expect(searchWords("a b c d e f g h")).toHaveLength(8);
    expect(searchWords("lena Lena LENA zzzz")).toEqual([["lena"], ["zzzz"]]);
    // A word typed with an umlaut is also looked for as German writes it without one.
    expect(searchWords("Müller anna")).toEqual([["Muller", "Mueller"], ["anna"]]);
    expect(searchNameMatches("Al-Sayed omar")).toEqual({
      AND: [
        { OR: [{ searchName: { contains: "AlSayed", mode: "insensitive" } }] },
        { OR: [{ searchName: { contains: "omar", mode: "insensitive" } }] },
      ],
    });
  });
});

describe("searchNameOf", () => {
  it("keeps the folded name, without its spaces, and a name with an umlaut in both spellings, tab-separated", () => {
    expect(searchNameOf("Jürgen Schäfer")).toBe("jurgen schafer\tjurgenschafer\tjuergen schaefer\tjuergenschaefer");
    expect(searchNameOf("Zoë Ångström")).toBe("zoe angstrom\tzoeangstrom\tzoe angstroem\tzoeangstroem"); // as the unit is spelled
    expect(searchNameOf("José Núñez-Peña")).toBe("jose nunezpena\tjosenunezpena");
    expect(searchNameOf("Omar Al Sayed")).toBe("omar al sayed\tomaralsayed");
    expect(searchNameOf("Madonna")).toBe("madonna");
    // Decomposed (u + combining diaeresis) is the same name.
    expect(searchNameOf("Mu\u0308ller")).toBe("muller\tmueller");
  });

  it("orders by the folded name first: the second spelling only breaks ties", () => {
    const names = ["Müller", "Muller Anna", "Mueller", "Özil", "Oz", "Zhang", "Łukasz", "Lu"];
    const sorted = [...names].sort((a, b) => (searchNameOf(a) < searchNameOf(b) ? -1 : 1));
    expect(sorted).toEqual(["Lu", "Łukasz", "Mueller", "Müller", "Muller Anna", "Oz", "Özil", "Zhang"]);
  });

  it("is in lower case, so a sort by it ignores case (as the C collation's byte order would not)", () => {
    const names = ["Zhang Wei", "de Vries", "DAVID Ng", "van Dijk", "Ángel", "alice"];
    const sorted = [...names].sort((a, b) => (searchNameOf(a) < searchNameOf(b) ? -1 : 1));
    expect(sorted).toEqual(["alice", "Ángel", "DAVID Ng", "de Vries", "van Dijk", "Zhang Wei"]);
    // Other scripts keep their case: the database lowers ASCII letters only, on every locale.
    expect(searchNameOf("Дмитрий Ivanov")).toBe("Дмитрий ivanov	Дмитрийivanov");
  });
});

describe("the database's search_fold()", () => {
  it("uses the very table the app builds (one migration defines it)", () => {
    const dir = path.join(process.cwd(), "prisma", "migrations");
    const defining = fs
      .readdirSync(dir)
      .map((d) => path.join(dir, d, "migration.sql"))
      .filter((f) => fs.existsSync(f) && fs.readFileSync(f, "utf8").includes('FUNCTION "search_fold"'));
    expect(defining).toHaveLength(1);
    const sql = fs.readFileSync(defining[0]!, "utf8");
    const m = sql.match(/translate\(name,\s*'([^']*)',\s*'([^']*)'\)/);
    expect(m).not.toBeNull();
    expect(sql).toContain("regexp_replace(translate(name,");
    expect(sql).toContain("'[''\u2019\u2018\u02bc`\u00b4]', '', 'g'), '[ \\t\\n\\r]+', ' ', 'g')");
    expect(sql).toContain("'[\\u0300-\\u036f]', '', 'g')");
    expect([...m![1]!].length).toBe([...m![2]!].length);
    expect({ from: m![1], to: m![2] }).toEqual(SEARCH_FOLD);
  });
});
