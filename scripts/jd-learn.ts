// Writes lib/jd/learned-data.json: the word associations the JD analyser falls back on, learned
// from the seeded matrix indicators and the labelled job descriptions in tests/fixtures/jd-corpus,
// jd-tuning and jd-validation (never jd-heldout). `npm run jd:learn`; a unit test checks it is current.
import { writeFileSync } from "node:fs";
import { learningLines } from "./jd-learning-lines";
import { learn } from "../lib/jd/learned";

const out = new URL("../lib/jd/learned-data.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(learn(learningLines()))}\n`);
console.log(`wrote ${out.pathname}`);
