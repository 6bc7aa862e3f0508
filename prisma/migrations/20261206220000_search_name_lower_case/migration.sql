-- searchName in lower case (lib/search/name-search.ts, searchNameOf), so lists sorted by it (people,
-- team readiness) sort "de Vries" among the D's rather than after "Zhang": under the C collation
-- every capital sorted before every small letter. ASCII letters only, by translate(), so every
-- database agrees whatever its locale (lower() follows it); Latin names are ASCII by this point.
-- Searches compare in any case, so they find the same names.
CREATE OR REPLACE FUNCTION "search_name"(name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH t AS (SELECT normalize(name, NFKC) AS n),
  f AS (
    SELECT "search_spelled"(n) AS base,
      CASE WHEN n ~ '[äöüÄÖÜ]' THEN "search_spelled"(
        replace(replace(replace(replace(replace(replace(n, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'))
      END AS alt
    FROM t
  )
  SELECT translate(
    concat_ws(E'\t', base, NULLIF(replace(base, ' ', ''), base), alt, NULLIF(replace(alt, ' ', ''), alt)),
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
  FROM f
$$;

UPDATE "User" SET "searchName" = "search_name"(name);
UPDATE "Candidate" SET "searchName" = "search_name"(name);
