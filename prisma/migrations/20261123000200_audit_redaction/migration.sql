-- The audit log stays append-only, with one narrow exception: erasing a candidate may
-- replace the "data" of events about them with a redaction marker, so free text (evidence,
-- notes, decision rationale, names) does not outlive the erasure. Hand-written; see
-- docs/decisions/001-database.md and lib/candidates/privacy.ts (eraseCandidate).
--
-- An UPDATE passes only when all hold:
--   1. the transaction opted in: SET LOCAL app.audit_redaction = 'on' (gone at COMMIT/ROLLBACK);
--   2. no column but "data" changes (who, what, which entity and when stay as recorded);
--   3. the new data is exactly the marker {"redacted": true} plus optional string "reason" and "at".
-- DELETE is always refused.
CREATE OR REPLACE FUNCTION "refuse_audit_change"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND current_setting('app.audit_redaction', true) = 'on'
    AND NEW."id" = OLD."id"
    AND NEW."at" = OLD."at"
    AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
    AND NEW."action" = OLD."action"
    AND NEW."entityType" = OLD."entityType"
    AND NEW."entityId" = OLD."entityId"
    AND jsonb_typeof(NEW."data") = 'object'
    AND (NEW."data" - 'reason' - 'at') = '{"redacted": true}'::jsonb
    AND jsonb_typeof(COALESCE(NEW."data" -> 'reason', '""'::jsonb)) = 'string'
    AND jsonb_typeof(COALESCE(NEW."data" -> 'at', '""'::jsonb)) = 'string'
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
