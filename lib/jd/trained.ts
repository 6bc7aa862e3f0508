// The learned data the analyser reads with: word associations and the domain and level models,
// written by scripts/jd-learn.ts from the learnable labelled ads and the matrix (never a held-out set).
import learnedData from "./learned-data.json";
import type { Learned } from "./learned";
import { readModel, type JdModel } from "./model";
import modelData from "./model-data.json";

/** Word associations learned from the labelled corpus and the matrix (scripts/jd-learn.ts writes them). */
export const LEARNED: Learned = learnedData as Learned;
/** The domain and level models learned from the same lines (scripts/jd-learn.ts writes them). */
export const MODEL: JdModel = readModel(modelData);
