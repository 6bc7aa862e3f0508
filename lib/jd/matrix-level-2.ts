// Level 2 work the matrix names, asked with a Level 1 verb: "Check whether someone could fool the
// model", "Configure who may see which dashboards, team by team". The verb alone reads Level 1;
// what it is done to is the matrix's Level 2 (level-cues.ts MATRIX_LEVEL_2 cites the cells).
import { MATRIX_LEVEL_2 } from "./level-cues";
import { TAMPER_EVIDENT } from "./level-context";
import { findPhrases, markerPhrases as phrases, type Token } from "./nlp";

const NAMED_ATTACKS = new Set(MATRIX_LEVEL_2.namedAttacks);
const MODELS = new Set(MATRIX_LEVEL_2.models);
const ATTACKS = phrases(MATRIX_LEVEL_2.plainAttacks);
const ACCESS = phrases(MATRIX_LEVEL_2.scopedAccess);
const FALSE_ALARMS = phrases(MATRIX_LEVEL_2.falseAlarms);
const MISSES = phrases(MATRIX_LEVEL_2.misses);
const FOLLOWING = new Set(MATRIX_LEVEL_2.following);
const LOGS = new Set(MATRIX_LEVEL_2.logs);
const DRIFT = phrases(MATRIX_LEVEL_2.drift);
const DECLARED = phrases(MATRIX_LEVEL_2.declared);

/**
 * Why the Level 1 verb at `verbAt` asks Level 2 work, or null. A named attack on a model is Level 2
 * under any verb; otherwise following or knowing a rule stays Level 1 whatever it is about ("Follow
 * the rules on who may see customer data", "Apply the access rules to the systems you work on").
 */
export function matrixLevel2(tokens: Token[], line: string, verbAt: number): { why: string; access: boolean } | null {
  const verb = tokens[verbAt]!;
  if (tokens.some((t) => NAMED_ATTACKS.has(t.norm) || NAMED_ATTACKS.has(t.lemma)))
    return { why: "a model for attacks (poisoning, evasion): assesses its risks", access: false };
  if (FOLLOWING.has(verb.lemma)) return null;
  const after = tokens.slice(verbAt + 1);
  if (tokens.some((t) => MODELS.has(t.norm)) && findPhrases(after, line, ATTACKS).length > 0)
    return { why: "whether a model can be fooled or leak data: assesses its risks", access: false };
  if (findPhrases(after, line, ACCESS).length > 0)
    return { why: "who may see what: access scoped to people", access: true };
  if (findPhrases(after, line, FALSE_ALARMS).length > 0 && findPhrases(after, line, MISSES).length > 0)
    return { why: "false alarms against misses: weighs what each costs", access: false };
  if (TAMPER_EVIDENT.test(line) && tokens.some((t) => LOGS.has(t.lemma) || LOGS.has(t.norm)))
    return { why: "a log nobody can change afterwards: tamper-evident", access: false };
  if (findPhrases(after, line, DRIFT).length > 0 && findPhrases(after, line, DECLARED).length > 0)
    return { why: "where what runs differs from the code: detects drift", access: false };
  return null;
}
