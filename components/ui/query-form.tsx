import { headers } from "next/headers";
import { REQUEST_PATH_HEADER } from "@/lib/auth/return-to";
import { QUERY_FORM_ATTRIBUTE } from "@/lib/navigation/client-navigation";

/**
 * A page's filters and sorts as a GET form: it works without JavaScript, and every state is an
 * address to share or reload (with JavaScript it is sent without its empty fields,
 * components/layout/client-navigation.tsx). Its fields start from the page's query
 * (defaultValue), so after Back, Clear or a pager they must show that query, not what was typed or
 * chosen before:
 * - the form is keyed by the page's address, so a client-side navigation to another query mounts
 *   it anew (React leaves an uncontrolled field's typed text, and a select's choice, as they were);
 * - `autoComplete="off"` stops the browser restoring typed values into a reloaded page;
 * - the signed-in shell resets these forms when a page comes back from the back-forward cache as
 *   it was left.
 */
export async function QueryForm(props: Omit<React.ComponentProps<"form">, "method" | "autoComplete">) {
  // Set by proxy.ts for every page request, client-side navigations' included.
  const address = (await headers()).get(REQUEST_PATH_HEADER) ?? "";
  return <form key={address} {...props} method="get" autoComplete="off" {...{ [QUERY_FORM_ATTRIBUTE]: "" }} />;
}
