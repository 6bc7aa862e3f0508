// Generated requests for the fuzz test: odd query strings, path ids (malformed percent-encoding
// included), JSON and form bodies, server-action bodies React cannot decode, and odd headers,
// aimed at every page, route handler and server action of the access table
// (tests/access/entry-points.ts). Deterministic: the same seed gives the same requests.
// Values come from fast-check's arbitraries, sampled with the seed.
import fc from "fast-check";
import type { ObjectKey } from "../access/entry-points";
import type { FuzzTargets } from "./targets";
import { seededRandom } from "@/lib/random";

export type FuzzRequest = {
  /** Which kind of input this is (the report's histogram rows). */
  kind: "query" | "path-id" | "json-body" | "form-body" | "action-body" | "headers";
  persona: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
};

/** encodeURIComponent, with lone surrogates (which it refuses) made well-formed first. */
const encodeUri = (s: string) => encodeURIComponent(s.toWellFormed());

/** Hand-picked values that broke things before (issue 11, finding 7) or often do. */
const NASTY = [
  "",
  "%00",
  "%",
  "%G0",
  "%C0%AF",
  "%ED%A0%80",
  "%E0%A4%A",
  "%FF%FE",
  "%25",
  "Infinity",
  "-Infinity",
  "NaN",
  "-0",
  "1e400",
  "99999999999",
  "99999999999999999999999",
  "-1",
  "0x10",
  "1.5",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "$ACTION_ID_x",
  "$$",
  "$@1",
  "$K1",
  "..%2F..%2Fetc%2Fpasswd",
  "' OR 1=1--",
  "<script>alert(1)</script>",
  "a".repeat(5000),
  "\u0000",
  "\uD800",
  "😀",
  "ｆｕｌｌ",
  "c".repeat(25),
];

const QUERY_KEYS = [
  "q",
  "level",
  "domain",
  "retired",
  "before",
  "after",
  "action",
  "from",
  "to",
  "error",
  "cluster",
  "published",
  "template",
  "scratch",
  "view",
  "below",
  "sort",
  "dir",
  "status",
  "stage",
  "page",
  "planUnpublished",
  "movedTo",
  "pruned",
  "callbackUrl",
  "token",
  "_rsc",
];

const HEADER_CHOICES: [string, string[]][] = [
  ["rsc", ["1", "0", "x"]],
  [
    "next-router-state-tree",
    ["%5B%22%22%5D", "garbage", "%7B", '["",{"children":["__PAGE__",{}]},null,null,true]', "%E0%A4%A"],
  ],
  ["next-router-prefetch", ["1", "2"]],
  ["next-router-segment-prefetch", ["/_tree", "garbage"]],
  ["next-url", ["/roles", "%", "//evil.example"]],
  ["next-action", ["0".repeat(42), "nope", "40" + "f".repeat(40)]],
  ["accept", ["text/x-component", "*/*", "application/json", "text/html", "garbage"]],
  [
    "content-type",
    [
      "application/json",
      "text/plain",
      "multipart/form-data",
      "multipart/form-data; boundary=",
      "application/x-www-form-urlencoded",
    ],
  ],
  [
    "cookie",
    [
      "next-auth.session-token=garbage",
      "next-auth.session-token=" + "a".repeat(4000),
      "next-auth.csrf-token=%",
      "a=%E0%A4%A",
    ],
  ],
  ["authorization", ["Bearer garbage", "Bearer ", "Basic Zm9vOmJhcg==", "Bearer " + "x".repeat(3000)]],
  ["x-forwarded-for", ["garbage", "1.2.3.4, 5.6.7.8", "::1", "%00", ""]],
  ["x-forwarded-proto", ["https", "gopher"]],
  ["x-forwarded-host", ["evil.example", "%"]],
  [
    "x-middleware-subrequest",
    ["middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy"],
  ],
  ["range", ["bytes=0-10", "bytes=garbage"]],
  ["if-none-match", ['"x"', "*"]],
  ["accept-language", ["de-DE,de;q=0.9", "*;q=garbage"]],
  ["origin", ["null", "https://evil.example"]],
];

export type GenerateOptions = {
  seed: number;
  count: number;
  targets: FuzzTargets;
  /** Signed-in personas to send as (besides anonymous). */
  personas: string[];
  /** Real object ids to put in paths some of the time (found on the running app). */
  ids: Partial<Record<ObjectKey, string>>;
  /** Actions never sent (e.g. sign out everywhere, which would end the fuzzer's own sessions). */
  skipActions?: string[];
};

export function* generate(opts: GenerateOptions): Generator<FuzzRequest> {
  const rand = seededRandom(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sample = <T>(arb: fc.Arbitrary<T>, n = 400) => fc.sample(arb, { seed: opts.seed, numRuns: n });
  const strings = [
    ...NASTY,
    ...sample(fc.string({ unit: "binary", maxLength: 40 })),
    ...sample(fc.string({ unit: "grapheme", maxLength: 12 }), 100),
    ...sample(fc.double().map(String), 100),
    ...sample(fc.bigInt().map(String), 50),
    ...sample(fc.stringMatching(/^%[0-9A-Za-z]{0,2}(%[0-9A-F]{2}){0,3}$/), 100),
  ];
  const jsonValues = [...sample(fc.jsonValue({ maxDepth: 3 }), 300), ...NASTY];
  const enc = (s: string) => (rand() < 0.3 ? s : encodeUri(s));
  const rawSegment = () => {
    const s = pick(strings);
    // Either a raw (possibly malformed) escape, or the value correctly encoded.
    return /^%/.test(s) && rand() < 0.7 ? s : encodeUri(s) || "x";
  };
  const query = () =>
    Array.from(
      { length: 1 + Math.floor(rand() * 3) },
      () => `${rand() < 0.9 ? pick(QUERY_KEYS) : enc(pick(strings))}=${enc(pick(strings))}`,
    ).join("&");
  const fillPath = (template: string, garbage: boolean) =>
    template.replace(/\[(\w+)\]/g, (_, key: ObjectKey) => (!garbage && opts.ids[key] ? opts.ids[key]! : rawSegment()));
  const personas = ["anonymous", ...opts.personas];
  const actions = opts.targets.actions.filter((a) => !opts.skipActions?.includes(a.name));
  const sameOrigin = { origin: opts.targets.origin };

  for (let i = 0; i < opts.count; i++) {
    const persona = pick(personas);
    const kind = pick(["query", "path-id", "json-body", "form-body", "action-body", "action-body", "headers"] as const);
    const target = pick(opts.targets.urls);
    if (kind === "query") {
      yield { kind, persona, method: "GET", path: `${fillPath(target.url, false)}?${query()}`, headers: {} };
    } else if (kind === "path-id") {
      const withIds = opts.targets.urls.filter((t) => t.url.includes("["));
      const t = pick(withIds);
      yield {
        kind,
        persona,
        method: t.method,
        path: fillPath(t.url, true),
        headers: t.method === "POST" ? sameOrigin : {},
      };
    } else if (kind === "json-body" || kind === "form-body") {
      const posts = opts.targets.urls.filter((t) => t.method === "POST");
      const t = pick(posts);
      const body =
        kind === "json-body"
          ? rand() < 0.8
            ? JSON.stringify(pick(jsonValues))
            : pick(strings)
          : Array.from({ length: Math.floor(rand() * 4) }, () => `${enc(pick(strings))}=${enc(pick(strings))}`).join(
              "&",
            );
      const type = kind === "json-body" ? "application/json" : "application/x-www-form-urlencoded";
      yield {
        kind,
        persona,
        method: "POST",
        path: fillPath(t.url, rand() < 0.3),
        headers: { ...sameOrigin, "content-type": type },
        body,
      };
    } else if (kind === "action-body") {
      const action = pick(actions);
      const page = fillPath(action.page, rand() < 0.2);
      const [type, body] = actionBody(pick, rand, strings, jsonValues);
      const id =
        rand() < 0.9
          ? action.id
          : rand() < 0.5
            ? "0".repeat(42)
            : pick(strings)
                .replace(/[^\x20-\x7e]/g, "")
                .slice(0, 60) || "x";
      const headers: Record<string, string> = {
        ...sameOrigin,
        "next-action": id,
        accept: "text/x-component",
        "content-type": type,
      };
      if (rand() < 0.3) headers["next-router-state-tree"] = pick(HEADER_CHOICES[1]![1]);
      yield { kind, persona, method: "POST", path: page, headers, body };
    } else {
      const headers: Record<string, string> = {};
      for (let h = 0; h < 1 + Math.floor(rand() * 3); h++) {
        const [name, values] = pick(HEADER_CHOICES);
        headers[name] = rand() < 0.8 ? pick(values) : pick(strings).replace(/[^\x20-\x7e]/g, "");
      }
      const post = rand() < 0.3;
      yield {
        kind,
        persona,
        method: post ? "POST" : "GET",
        path: fillPath(target.url, false),
        headers: post ? { ...sameOrigin, ...headers } : headers,
        body: post ? pick(strings) : undefined,
      };
    }
  }
}

/** A server-action body: the JSON React sends, JSON it would never send, form data, multipart that does not parse. */
function actionBody(
  pick: <T>(xs: readonly T[]) => T,
  rand: () => number,
  strings: string[],
  json: unknown[],
): [string, string] {
  const choice = Math.floor(rand() * 6);
  if (choice === 0) return ["text/plain;charset=UTF-8", JSON.stringify([pick(json)])];
  if (choice === 1) return ["text/plain;charset=UTF-8", JSON.stringify(pick(json))];
  if (choice === 2) return ["text/plain;charset=UTF-8", pick(strings)];
  if (choice === 3) {
    const boundary = "----fuzz" + Math.floor(rand() * 1e9);
    const fields = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
      const name = pick([
        "0",
        "1",
        "1_$ACTION_ID_x",
        "$ACTION_REF_1",
        "1_$ACTION_KEY",
        pick(strings).replace(/["\r\n]/g, ""),
      ]);
      return `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${rand() < 0.5 ? JSON.stringify(pick(json)) : pick(strings)}\r\n`;
    });
    const end = rand() < 0.8 ? `--${boundary}--\r\n` : "";
    return [`multipart/form-data; boundary=${boundary}`, fields.join("") + end];
  }
  if (choice === 4) return [`multipart/form-data; boundary=${rand() < 0.5 ? "" : "x"}`, pick(strings)];
  return ["application/x-www-form-urlencoded", `${encodeUri(pick(strings))}=${pick(strings).replace(/[&=]/g, "")}`];
}
