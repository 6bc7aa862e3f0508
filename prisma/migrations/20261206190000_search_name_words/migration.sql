-- Name search by words (lib/search/name-search.ts; searchNameOf is search_name() in TypeScript
-- and tests/integration/name-search.test.ts compares the two on a list of names):
-- * NFKC first (full-width letters read as ASCII ones); hyphens go like apostrophes ("al sayed"
--   and "alsayed" find Al-Sayed); ß, Æ, Œ, Þ and Ð, which the one-for-one table of search_fold()
--   cannot fold, are written ss, AE, OE, Th, D;
-- * the column keeps, tab-separated, the folded name, the same without its spaces ("alsayed"
--   finds Al Sayed), and for a name with an umlaut the same two of its spelling with ae, oe, ue
--   ("schaefer" finds Schäfer). A tab sorts before every letter and space, so ordering by the
--   column orders by the folded name first.
-- Searches match one spelling of every typed word anywhere in it, in any order.
CREATE FUNCTION "search_spelled"(name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT "search_fold"(regexp_replace(
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name,
      'ß', 'ss'), 'ẞ', 'SS'), 'Æ', 'AE'), 'æ', 'ae'), 'Œ', 'OE'), 'œ', 'oe'), 'Þ', 'Th'), 'þ', 'th'), 'Ð', 'D'), 'ð', 'd'),
    '[-‐‑]', '', 'g'))
$$;

CREATE FUNCTION "search_name"(name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH t AS (SELECT normalize(name, NFKC) AS n),
  f AS (
    SELECT "search_spelled"(n) AS base,
      CASE WHEN n ~ '[äöüÄÖÜ]' THEN "search_spelled"(
        replace(replace(replace(replace(replace(replace(n, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'))
      END AS alt
    FROM t
  )
  SELECT concat_ws(E'\t', base, NULLIF(replace(base, ' ', ''), base), alt, NULLIF(replace(alt, ' ', ''), alt)) FROM f
$$;

CREATE OR REPLACE FUNCTION "set_search_name"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchName" := "search_name"(NEW.name);
  RETURN NEW;
END;
$$;

-- The comparison's name order (ApplicationFitSummary.nameKey) is the folded name in lower case,
-- so "Özil" sorts among the O's and "Łukasz" among the L's, not after Z (under the C collation
-- lower(name) put every non-ASCII letter after z).
CREATE OR REPLACE FUNCTION "refresh_application_fit"(app_ids TEXT[]) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF app_ids IS NULL OR cardinality(app_ids) = 0 THEN
    RETURN;
  END IF;
  -- The roles before any summary row (old roles too: an application moved to another role).
  PERFORM "fit_summary_lock"(ARRAY(
    SELECT "roleId" FROM "Application" WHERE id = ANY (app_ids)
    UNION SELECT "roleId" FROM "ApplicationFitSummary" WHERE "applicationId" = ANY (app_ids)));
  INSERT INTO "ApplicationFitSummary" AS s ("applicationId", "roleId", "nameKey", "fit", "evidenced", "fitRank", "belowDomains", "assessedDomains")
  WITH app AS MATERIALIZED (
    SELECT a.id, a."roleId", lower(c."searchName") AS name_key
    FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
    WHERE a.id = ANY (app_ids)
  ),
  t AS MATERIALIZED (
    SELECT rt."roleId", rt."domainId", rt.level AS target, rt.weight::float8 AS weight
    FROM "RoleTarget" rt
    JOIN "Role" r ON r.id = rt."roleId"
    JOIN "MatrixVersionDomain" mvd ON mvd."versionId" = r."matrixVersionId" AND mvd."domainId" = rt."domainId"
    WHERE rt.level > 0 AND rt."roleId" IN (SELECT "roleId" FROM app)
  ),
  n AS (SELECT "roleId", count(*)::int AS target_domains FROM t GROUP BY 1),
  agg AS (
    SELECT c."applicationId" AS app_id,
      floor(100 * sum(t.weight * LEAST(c.median, t.target)::float8 / t.target) FILTER (WHERE c.median IS NOT NULL)
        / NULLIF(sum(t.weight) FILTER (WHERE c.median IS NOT NULL), 0) + 0.5)::int AS fit,
      count(*) FILTER (WHERE c.median IS NOT NULL)::int AS evidenced,
      array_remove(array_agg(CASE WHEN c.median < t.target THEN t."domainId" END ORDER BY t."domainId"), NULL) AS below_domains,
      array_remove(array_agg(CASE WHEN c.ratings > 0 THEN t."domainId" END ORDER BY t."domainId"), NULL) AS assessed_domains
    FROM app
    JOIN "ApplicationDomainConsensus" c ON c."applicationId" = app.id
    JOIN t ON t."roleId" = app."roleId" AND t."domainId" = c."domainId"
    GROUP BY c."applicationId"
  )
  SELECT app.id, app."roleId", app.name_key, agg.fit, COALESCE(agg.evidenced, 0),
    CASE WHEN COALESCE(agg.evidenced, 0) = 0 OR agg.fit IS NULL THEN 1
      WHEN agg.evidenced < COALESCE(n.target_domains, 0) THEN -agg.fit ELSE -agg.fit - 200 END,
    COALESCE(agg.below_domains, '{}'), COALESCE(agg.assessed_domains, '{}')
  FROM app LEFT JOIN agg ON agg.app_id = app.id LEFT JOIN n ON n."roleId" = app."roleId"
  ORDER BY app.id
  ON CONFLICT ("applicationId") DO UPDATE SET "roleId" = EXCLUDED."roleId", "nameKey" = EXCLUDED."nameKey", "fit" = EXCLUDED."fit",
    "evidenced" = EXCLUDED."evidenced", "fitRank" = EXCLUDED."fitRank", "belowDomains" = EXCLUDED."belowDomains",
    "assessedDomains" = EXCLUDED."assessedDomains"
  WHERE (s."roleId", s."nameKey", s."fit", s."evidenced", s."fitRank", s."belowDomains", s."assessedDomains")
    IS DISTINCT FROM (EXCLUDED."roleId", EXCLUDED."nameKey", EXCLUDED."fit", EXCLUDED."evidenced", EXCLUDED."fitRank", EXCLUDED."belowDomains", EXCLUDED."assessedDomains");
END;
$$;

UPDATE "User" SET "searchName" = "search_name"(name);
UPDATE "Candidate" SET "searchName" = "search_name"(name);
UPDATE "ApplicationFitSummary" s SET "nameKey" = lower(c."searchName")
  FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
  WHERE a.id = s."applicationId" AND s."nameKey" IS DISTINCT FROM lower(c."searchName");
