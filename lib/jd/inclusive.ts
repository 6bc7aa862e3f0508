// Inclusive-language warnings for a job description, from retext-equality (the rules behind
// alex.js) and retext-profanities run through unified + retext-english. Kept apart from analyse.ts on purpose: the
// analyser stays synchronous and dependency-free, and this module loads its ESM-only
// dependencies lazily, so nothing breaks where they aren't installed — the call rejects
// with InclusiveLanguageUnavailableError instead.
//
// Needs: unified@^11, retext-english@^5, retext-equality@^7, retext-profanities@^8, retext-stringify@^4.
// The job-ad checks that need no package (native speaker, age, culture fit...) are in exclusion.ts.

export type InclusiveWarning = {
  message: string;
  line: number;
  column: number;
  ruleId: string;
  /** Why it matters and what to write instead, when the check says. */ why?: string;
  suggestion?: string;
};

/** The four packages, by the names they are published under. */
export const INCLUSIVE_PACKAGES = [
  "unified",
  "retext-english",
  "retext-equality",
  "retext-profanities",
  "retext-stringify",
] as const;

export class InclusiveLanguageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      `Inclusive-language check unavailable: install ${INCLUSIVE_PACKAGES.join(", ")} (${cause instanceof Error ? cause.message : String(cause)})`,
    );
    this.name = "InclusiveLanguageUnavailableError";
  }
}

// The packages' own types (type-only imports: nothing is loaded until the first call).
export type InclusiveModules = {
  unified: typeof import("unified").unified;
  retextEnglish: typeof import("retext-english").default;
  retextEquality: typeof import("retext-equality").default;
  retextProfanities: typeof import("retext-profanities").default;
  retextStringify: typeof import("retext-stringify").default;
};
export type InclusiveOptions = {
  /** Phrases not to warn about, e.g. ["just"]. */ ignore?: string[];
  /** Swap the loader (tests). */ load?: () => Promise<InclusiveModules>;
};

// The specifier is a variable and the bundler hints say "leave it alone", so neither tsc
// nor the bundlers try to resolve these packages at build time; Node resolves them at run time.
const importRuntime = (specifier: string): Promise<Record<string, unknown>> =>
  import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ specifier) as Promise<
    Record<string, unknown>
  >;

async function loadModules(): Promise<InclusiveModules> {
  const [u, english, equality, profanities, stringify] = await Promise.all(INCLUSIVE_PACKAGES.map(importRuntime));
  return {
    unified: u?.unified,
    retextEnglish: english?.default,
    retextEquality: equality?.default,
    retextProfanities: profanities?.default,
    retextStringify: stringify?.default,
  } as InclusiveModules;
}

let cached: Promise<InclusiveModules> | null = null;

/**
 * Words the checks would flag that job ads use legitimately: "the hosts a platform runs on", and
 * "sexual orientation" in an equal-opportunity statement. Callers may add more through `ignore`.
 */
export const TECHNICAL_WORDS = ["host", "hosts", "sexual"];
/** retext-profanities' sureness: 1 warns on words that are likely profane ("damn"), not on ones that rarely are ("failure", "sexual"). */
const PROFANITY_SURENESS = 1;

/** Possibly insensitive or non-inclusive wording, with 1-based line and column. */
export async function inclusiveLanguageWarnings(
  text: string,
  options: InclusiveOptions = {},
): Promise<InclusiveWarning[]> {
  let modules: InclusiveModules;
  try {
    modules = await (options.load ? options.load() : (cached ??= loadModules()));
    if (typeof modules.unified !== "function") throw new Error("unified() not found");
  } catch (err) {
    if (!options.load) cached = null; // let a later call retry, e.g. after an install
    throw new InclusiveLanguageUnavailableError(err);
  }
  const file = await modules
    .unified()
    .use(modules.retextEnglish)
    .use(modules.retextEquality, { ignore: [...TECHNICAL_WORDS, ...(options.ignore ?? [])] })
    .use(modules.retextProfanities, {
      ignore: [...TECHNICAL_WORDS, ...(options.ignore ?? [])],
      sureness: PROFANITY_SURENESS,
    })
    .use(modules.retextStringify)
    .process(text);
  return file.messages
    .map((m) => ({
      message: m.reason ?? m.message ?? "",
      line: m.line ?? 1,
      column: m.column ?? 1,
      ruleId: m.ruleId ?? m.source ?? "retext-equality",
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}
