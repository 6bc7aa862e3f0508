import { headers } from "next/headers";
import { timeZoneCookieScript } from "@/lib/time-zone-script";

/** Sets the `tz` cookie from an inline script (lib/time-zone-script.ts), with this response's CSP nonce. */
export async function TimeZoneCookie() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: timeZoneCookieScript() }} />;
}
