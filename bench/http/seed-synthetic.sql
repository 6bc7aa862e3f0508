-- Synthetic hiring history on top of the demo organisation, for the HTTP benchmark.
-- Run by bench/http/seed.ts after the app has migrated and seeded the database, with
-- set_config('bench.candidates', '<n>') on the same session. All in set-based SQL
-- (generate_series), so 25,000 candidates take seconds, never one row at a time.
--
-- Deterministic: every "random" choice is a hash of the candidate number (pg_temp.u), so two
-- runs at the same size hold the same rows and the figures are comparable across runs.
-- Shape, per synthetic candidate:
--   * one Application on one of the demo organisation's OPEN roles (round robin);
--   * 2-4 Interviews: the role's (stage, interviewer) pairs in plan order, so a candidate
--     who had 3 interviews went through the first 3 slots of the loop; unique
--     (applicationId, stageId, interviewerId) holds because each slot is one pair;
--   * a SUBMITTED Scorecard for every interview before the last one, and for the last one
--     depending on where the candidate is (submitted, DRAFT, overdue or upcoming without a
--     scorecard, closed without one when the candidate withdrew);
--   * a DomainScore per domain of the interview's stage: rating 0..3 around the candidate's
--     ability (skewed towards 1-2), about 4% "not assessed" (rating NULL); drafts leave the
--     last domain unrated, as people do mid-draft;
--   * hired / rejected / withdrawn outcomes with the owner's decision, older than the active ones;
--   * audit events for submissions and decisions, as the app writes them.
-- Constraints respected (prisma/migrations/*/migration.sql): rating NULL or 0..3, not both
-- rated and notAssessed, SUBMITTED needs submittedAt + recommendation, version >= 1; the
-- audit trigger only refuses UPDATE/DELETE, so inserts are fine.

-- Timestamps are stored as UTC in "timestamp without time zone" columns (Prisma's convention).
SET TIME ZONE 'UTC';

-- n::text, not n: text || int is only STABLE, and PostgreSQL inlines an IMMUTABLE SQL
-- function only when its body is immutable too (inlined, it costs 1/8 as much).
CREATE FUNCTION pg_temp.u(n int, salt text) RETURNS double precision LANGUAGE sql IMMUTABLE AS
$$ SELECT (hashtext(salt || ':' || n::text)::bigint + 2147483648)::double precision / 4294967296.0 $$;

-- The demo roles candidates are spread over. DRAFT roles have no published plan, so no one interviews for them.
CREATE TEMP TABLE b_role AS
SELECT r.id, r."ownerId" AS owner_id, r."matrixVersionId" AS version_id, r."clusterId" AS cluster_id,
       (row_number() OVER (ORDER BY r."createdAt", r.title) - 1)::int AS idx
FROM "Role" r WHERE r.status = 'OPEN';

-- Each role's interview loop as slots: (stage, interviewer) in stage order, then by email.
CREATE TEMP TABLE b_slot AS
SELECT s."roleId" AS role_id, s.id AS stage_id, si."userId" AS interviewer_id, u.email,
       row_number() OVER (PARTITION BY s."roleId" ORDER BY s.position, u.email)::int AS slot
FROM "InterviewStage" s
JOIN "StageInterviewer" si ON si."stageId" = s.id
JOIN "User" u ON u.id = si."userId"
WHERE s."roleId" IN (SELECT id FROM b_role);

-- Domains by key, not id: ids are fresh cuids in every database, keys are stable, so the
-- hashes below pick the same ratings on every run.
CREATE TEMP TABLE b_stage_domain AS
SELECT sd."stageId" AS stage_id, sd."domainId" AS domain_id, d.key AS domain_key,
       row_number() OVER (PARTITION BY sd."stageId" ORDER BY d.key)::int AS pos,
       count(*) OVER (PARTITION BY sd."stageId")::int AS n_domains
FROM "StageDomain" sd JOIN "CompetencyDomain" d ON d.id = sd."domainId";

-- The first one or two indicators of each matrix cell, for observedIndicatorIds.
CREATE TEMP TABLE b_indicators AS
SELECT c."clusterId" AS cluster_id, c."domainId" AS domain_id, c.level,
       (array_agg(i.id ORDER BY i.position))[1:2] AS ids
FROM "MatrixCell" c JOIN "Indicator" i ON i."cellId" = c.id
GROUP BY 1, 2, 3;

-- Applications, first pass: role, ability, loop length, outcome.
CREATE TEMP TABLE b_app0 AS
WITH base AS (
  SELECT n, pg_temp.u(n, 'ability') AS ua, pg_temp.u(n, 'k') AS uk, pg_temp.u(n, 'status') AS us,
         pg_temp.u(n, 'hire') AS uh, pg_temp.u(n, 'last') AS ul
  FROM generate_series(1, current_setting('bench.candidates')::int) AS n
)
SELECT b.n, r.id AS role_id, r.owner_id, r.version_id, r.cluster_id, b.ul,
       -- ability: 5% below L1, 35% L1, 45% L2, 15% L3
       CASE WHEN b.ua < 0.05 THEN 0 WHEN b.ua < 0.40 THEN 1 WHEN b.ua < 0.85 THEN 2 ELSE 3 END AS ability,
       -- interviews: 2 (5%), 3 (15%), 4 (80%), never more than the loop has; with the stages'
       -- domains that makes about 8 domain scores per candidate
       LEAST(CASE WHEN b.uk < 0.05 THEN 2 WHEN b.uk < 0.20 THEN 3 ELSE 4 END,
             (SELECT max(slot) FROM b_slot s WHERE s.role_id = r.id)) AS k,
       -- 40% still in process; most of the rest rejected, a few hired (the strong ones), 12% withdrew
       CASE WHEN b.us < 0.40 THEN 'ACTIVE'
            WHEN b.us >= 0.88 THEN 'WITHDRAWN'
            WHEN (b.ua >= 0.85 AND b.uh < 0.30) OR (b.ua >= 0.40 AND b.ua < 0.85 AND b.uh < 0.05) THEN 'HIRED'
            ELSE 'REJECTED' END AS status
FROM base b
JOIN b_role r ON r.idx = (b.n - 1) % (SELECT count(*) FROM b_role);

-- Where the last interview stands. The signed-in interviewer (interviewer@example.com) keeps
-- only a dozen open interviews on synthetic candidates ("a few pending"); the other
-- interviewers carry the rest of the open work.
CREATE TEMP TABLE b_app AS
WITH staged AS (
  SELECT a.*, s.stage_id AS last_stage_id, s.email AS last_email,
         CASE WHEN a.status = 'ACTIVE' THEN
                CASE WHEN a.ul < 0.20 THEN 'TODO' WHEN a.ul < 0.35 THEN 'OVERDUE' WHEN a.ul < 0.50 THEN 'DRAFT' ELSE 'SUBMITTED' END
              WHEN a.status = 'WITHDRAWN' AND a.ul < 0.5 THEN 'CLOSED'
              ELSE 'SUBMITTED' END AS raw_state
  FROM b_app0 a JOIN b_slot s ON s.role_id = a.role_id AND s.slot = a.k
), capped AS (
  SELECT st.*,
         CASE WHEN st.last_email = 'interviewer@example.com' AND st.raw_state IN ('TODO', 'OVERDUE', 'DRAFT')
                   AND row_number() OVER (PARTITION BY st.last_email = 'interviewer@example.com' AND st.raw_state IN ('TODO', 'OVERDUE', 'DRAFT') ORDER BY st.n) > 12
              THEN 'SUBMITTED' ELSE st.raw_state END AS last_state
  FROM staged st
)
SELECT c.*,
       -- when the last interview is (or was) held
       now() + CASE c.last_state
         WHEN 'TODO' THEN (0.5 + c.ul * 5) * interval '1 day'
         WHEN 'OVERDUE' THEN -(0.3 + c.ul * 4) * interval '1 day'
         WHEN 'DRAFT' THEN -(0.3 + c.ul * 4) * interval '1 day'
         ELSE CASE WHEN c.status = 'ACTIVE' THEN -(1 + c.ul * 10) * interval '1 day'
                   ELSE -(20 + c.ul * 360) * interval '1 day' END
       END AS anchor
FROM capped c;

-- Candidates and applications
INSERT INTO "Candidate" (id, name, email, source, headline, "createdAt")
SELECT 'bench_c_' || a.n,
       (ARRAY['Ava','Ben','Chloe','Dmitri','Elif','Farah','Gabriel','Hana','Ivan','Jun','Kofi','Lena','Mateo','Nia','Omar','Paula','Quinn','Rosa','Sanjay','Tara','Uma','Victor','Wen','Ximena','Yusuf','Zoe','Arjun','Beatriz','Cheng','Dalia'])[1 + a.n % 30]
         || ' ' ||
       (ARRAY['Abbott','Baptiste','Castillo','Dubois','Eriksen','Fischer','Gupta','Haddad','Ito','Jensen','Kowalski','Larsen','Moreau','Nakamura','Okafor','Petrov','Quintero','Rossi','Silva','Tanaka','Usman','Vargas','Weber','Xu','Yilmaz','Zhang','Andersson','Bianchi','Costa','Demir','Evans','Fontaine','Garcia','Horvat','Ibrahim','Jovanovic','Kim','Lopez','Meyer','Novak','Olsen'])[1 + (a.n / 30) % 41],
       'bench' || a.n || '@example.org',
       (ARRAY['Referral','LinkedIn','Careers page','Agency','Conference','Meetup'])[1 + a.n % 6],
       (ARRAY['SRE, 6 years, Kubernetes and Prometheus','Data engineer moving into MLOps','Platform engineer, Terraform and GitOps',
              'ML engineer, anomaly detection in production','Security engineer, cloud and supply chain','Ops engineer, on-call lead'])[1 + a.n % 6],
       a.anchor - (4 * a.k + 4) * interval '1 day'
FROM b_app a;

INSERT INTO "Application" (id, "candidateId", "roleId", "currentStageId", "stageEnteredAt", status, decision, "decisionRationale", "decidedAt", "decidedById", "createdAt")
SELECT 'bench_a_' || a.n, 'bench_c_' || a.n, a.role_id, a.last_stage_id,
       a.anchor - interval '2 days',
       a.status::"ApplicationStatus",
       d.decision::"Decision",
       CASE d.decision WHEN 'HIRE' THEN 'Strong across the loop; meets the target on the core domains.'
                       WHEN 'NO_HIRE' THEN 'Below target on core domains; evidence consistent across interviewers.'
                       WHEN 'HOLD' THEN 'Waiting for the last reference before deciding.' END,
       CASE WHEN d.decision IS NOT NULL THEN a.anchor + interval '2 days' END,
       CASE WHEN d.decision IS NOT NULL THEN a.owner_id END,
       a.anchor - (4 * a.k + 3) * interval '1 day'
FROM b_app a
CROSS JOIN LATERAL (SELECT CASE WHEN a.status = 'HIRED' THEN 'HIRE'
                                WHEN a.status = 'REJECTED' THEN 'NO_HIRE'
                                WHEN a.status = 'ACTIVE' AND a.last_state = 'SUBMITTED' AND pg_temp.u(a.n, 'hold') < 0.10 THEN 'HOLD' END AS decision) d;

-- Interviews: the first k slots of the role's loop, four days apart, the last one at `anchor`.
CREATE TEMP TABLE b_iv AS
SELECT a.n, s.slot, s.stage_id, s.interviewer_id, a.version_id, a.cluster_id, a.ability, a.status,
       a.anchor - (a.k - s.slot) * interval '4 days' AS scheduled_at,
       CASE WHEN s.slot < a.k THEN 'SUBMITTED' ELSE a.last_state END AS state
FROM b_app a JOIN b_slot s ON s.role_id = a.role_id AND s.slot <= a.k;

INSERT INTO "Interview" (id, "applicationId", "stageId", "interviewerId", "scheduledAt", "createdAt")
SELECT 'bench_i_' || v.n || '_' || v.slot, 'bench_a_' || v.n, v.stage_id, v.interviewer_id, v.scheduled_at,
       v.scheduled_at - interval '6 days'
FROM b_iv v;

INSERT INTO "Scorecard" (id, "interviewId", "interviewerId", "matrixVersionId", status, recommendation, "privateNote", version, "submittedAt", "createdAt", "updatedAt")
SELECT 'bench_s_' || v.n || '_' || v.slot, 'bench_i_' || v.n || '_' || v.slot, v.interviewer_id, v.version_id,
       v.state::"ScorecardStatus",
       CASE WHEN v.state = 'SUBMITTED' THEN
         CASE WHEN pg_temp.u(v.n, 'nodec' || v.slot) < 0.03 THEN 'NO_DECISION'
              ELSE (ARRAY['STRONG_NO','NO','YES','STRONG_YES'])[1 + GREATEST(0, LEAST(3, v.ability + r.noise))] END
       END::"Recommendation",
       CASE WHEN pg_temp.u(v.n, 'note' || v.slot) < 0.1 THEN 'Check references on the incident they led.' END,
       CASE WHEN v.state = 'SUBMITTED' THEN 2 ELSE 1 END,
       CASE WHEN v.state = 'SUBMITTED' THEN v.scheduled_at + (1 + v.n % 10) * interval '1 hour' END,
       v.scheduled_at,
       v.scheduled_at + (1 + v.n % 10) * interval '1 hour'
FROM b_iv v
CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.u(v.n, 'rec' || v.slot) < 0.2 THEN -1 WHEN pg_temp.u(v.n, 'rec' || v.slot) > 0.85 THEN 1 ELSE 0 END AS noise) r
WHERE v.state IN ('SUBMITTED', 'DRAFT');

-- The triggers behind the next insert refresh consensus, calibration and fit for every
-- synthetic application at once; planned with the statistics of the demo-sized tables they
-- chose nested loops over tens of thousands of rows (10,000 candidates: minutes instead of
-- seconds). Fresh statistics first (ANALYZE is allowed inside the seeding transaction).
ANALYZE "Application", "Interview", "Scorecard", "ApplicationDomainConsensus";

-- Ratings: the candidate's true level per domain is ability +-1 (a per-candidate, per-domain
-- offset), each interviewer reads it with some noise; clamped to 0..3.
INSERT INTO "DomainScore" (id, "scorecardId", "domainId", rating, "notAssessed", evidence, "observedIndicatorIds")
SELECT 'bench_d_' || v.n || '_' || v.slot || '_' || sd.pos, 'bench_s_' || v.n || '_' || v.slot, sd.domain_id,
       CASE WHEN x.not_assessed OR x.unrated THEN NULL ELSE x.rating END,
       x.not_assessed,
       CASE WHEN x.not_assessed OR x.unrated THEN ''
            ELSE (ARRAY[
              'Could not describe how alerts were routed; guessed at thresholds.',
              'Needed heavy prompting; no concrete example from their own work.',
              'Explained the basics with one real example; missed failure modes.',
              'Solid on the standard path; relied on defaults for the edge cases.',
              'Walked through an incident they ran, with the metrics they watched.',
              'Designed a sensible rollout with guardrails and a rollback plan.',
              'Taught me something: tied SLOs, model drift and cost into one design.',
              'Led the design end to end, named trade-offs and how to measure them.'])[1 + 2 * x.rating + v.n % 2] END,
       CASE WHEN x.not_assessed OR x.unrated OR x.rating = 0 THEN '{}'::text[]
            ELSE COALESCE(ind.ids[1:1 + v.n % 2], '{}'::text[]) END
FROM b_iv v
JOIN b_stage_domain sd ON sd.stage_id = v.stage_id
CROSS JOIN LATERAL (
  SELECT GREATEST(0, LEAST(3, v.ability
           + CASE WHEN pg_temp.u(v.n, 'off' || sd.domain_key) < 0.18 THEN -1 WHEN pg_temp.u(v.n, 'off' || sd.domain_key) > 0.85 THEN 1 ELSE 0 END
           + CASE WHEN pg_temp.u(v.n, 'noise' || v.slot || sd.domain_key) < 0.15 THEN -1 WHEN pg_temp.u(v.n, 'noise' || v.slot || sd.domain_key) > 0.88 THEN 1 ELSE 0 END
         ))::int AS rating,
         v.state = 'SUBMITTED' AND pg_temp.u(v.n, 'na' || v.slot || sd.domain_key) < 0.04 AS not_assessed,
         v.state = 'DRAFT' AND sd.pos = sd.n_domains AS unrated
) x
LEFT JOIN b_indicators ind ON ind.cluster_id = v.cluster_id AND ind.domain_id = sd.domain_id AND ind.level = GREATEST(1, x.rating)
WHERE v.state IN ('SUBMITTED', 'DRAFT');

-- The audit trail the app writes for the same events (ids only, as the app does).
INSERT INTO "AuditEvent" ("at", "actorId", action, "entityType", "entityId")
SELECT s."submittedAt", s."interviewerId", 'scorecard.submitted', 'Scorecard', s.id
FROM "Scorecard" s WHERE s.id LIKE 'bench\_s\_%' AND s.status = 'SUBMITTED';

INSERT INTO "AuditEvent" ("at", "actorId", action, "entityType", "entityId", data)
SELECT a."decidedAt", a."decidedById", 'application.decided', 'Application', a.id, jsonb_build_object('decision', a.decision)
FROM "Application" a WHERE a.id LIKE 'bench\_a\_%' AND a.decision IS NOT NULL;
