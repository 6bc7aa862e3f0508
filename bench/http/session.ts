// Signing in over HTTP the way a browser does with next-auth's credentials provider.

/** Keeps `name=value` of every Set-Cookie, as a browser's cookie jar would for one site. */
function mergeCookies(jar: Map<string, string>, res: Response) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Returns the Cookie header of a signed-in session. Throws when sign-in fails. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  mergeCookies(jar, csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: base }).toString(),
  });
  mergeCookies(jar, res);
  const body = await res.text();
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
    throw new Error(`sign-in as ${email} failed (HTTP ${res.status}): ${body.slice(0, 300)}`);
  }
  return cookieHeader(jar);
}

/** Throws unless `path` answers 200 for this session (not a redirect to /signin, not 403/404). */
export async function checkSignedIn(base: string, path: string, cookie: string, who: string): Promise<void> {
  const res = await fetch(`${base}${path}`, {
    headers: { cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(120_000),
  });
  const body = await res.text();
  if (res.status !== 200) {
    throw new Error(
      `${who}: GET ${path} answered ${res.status}${res.headers.get("location") ? ` -> ${res.headers.get("location")}` : ""}, expected 200`,
    );
  }
  if (/action="\/api\/auth\/callback\/credentials"|name="password"/.test(body))
    throw new Error(`${who}: GET ${path} shows the sign-in form`);
}
