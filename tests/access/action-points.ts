// Who may use each server action, per persona (tests/access/entry-points.ts says who the personas
// are), and the arguments each probe sends. tests/e2e/access-action-table.spec.ts sends every
// action (its Next-Action id from the build) as every persona: each REFUSED persona must get a
// refusal and leave the audit log as it was; each ALLOWED persona must get past the
// authorization check. tests/unit/entry-points.test.ts fails when an action has no row here, or a
// row no per-persona expectation.
//
// Every action parses ALL of its input before its service authorizes (lib/run-action.ts), so the
// probes send input that passes the action's schema, aimed at the demo's objects (the role, its
// application that noor@ interviews on, ...): a refused persona is refused by the rule itself,
// not by a malformed request. An allowed persona's probe is built to stop after the
// authorization check without changing shared data: a stale version, a stage or domain that is
// not there, a candidate already on the role, a check-in day the organisation does not have.
// Where no such input exists (erasing, deciding, cancelling), `allowedUnprobed` says why and
// which test covers the allowed side.
import { HIRING_ACTIONS } from "./action-points-hiring";
import { ORGANISATION_ACTIONS } from "./action-points-organisation";
import type { ActionPoint } from "./action-rules";

export type { ActionIds, ActionPoint, ResultKind } from "./action-rules";

export const ACTION_POINTS: ActionPoint[] = [...ORGANISATION_ACTIONS, ...HIRING_ACTIONS];
