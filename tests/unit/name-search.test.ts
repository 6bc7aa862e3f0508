import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { foldForSearch, nameSearchPattern, SEARCH_FOLD } from "../../lib/search/name-search";

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
    // No one-letter ASCII equivalent: left alone (as the database leaves them).
    expect(foldForSearch("Æsa Straße Œuvre")).toBe("Æsa Straße Œuvre");
    expect(foldForSearch("Дмитрий 王芳 أحمد")).toBe("Дмитрий 王芳 أحمد");
  });

  it("drops apostrophes and joins spaces; a query of apostrophes searches for nothing", () => {
    expect(foldForSearch("O'Brien-García")).toBe("OBrien-Garcia");
    expect(foldForSearch("Siobhán O’Brien")).toBe("Siobhan OBrien");
    expect(foldForSearch("tomas   garcia")).toBe("tomas garcia");
    expect(nameSearchPattern("o’brien")).toBe("%obrien%");
    expect(nameSearchPattern("'")).toBe(""); // ILIKE '' matches no (non-empty) name
    expect(nameSearchPattern(" ’ ")).toBe("");
  });

  it("builds a LIKE pattern whose wildcards typed stay literal", () => {
    expect(nameSearchPattern("Núñez")).toBe("%Nunez%");
    expect(nameSearchPattern("50%_x")).toBe("%50\\%\\_x%");
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
