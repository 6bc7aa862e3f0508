import { QUERY_FORM_ATTRIBUTE } from "@/lib/navigation/client-navigation";

/**
 * A page's filters and sorts as a GET form: it works without JavaScript, and every state is an
 * address to share or reload. Its fields start from the page's query (defaultValue), so after Back
 * they must show that query, not what was typed before the form was last sent: `autoComplete="off"`
 * stops the browser restoring typed values into a reloaded page, and the signed-in shell resets these
 * forms when a page comes back from the back-forward cache as it was left
 * (components/layout/client-navigation.tsx).
 */
export function QueryForm(props: Omit<React.ComponentProps<"form">, "method" | "autoComplete">) {
  return <form {...props} method="get" autoComplete="off" {...{ [QUERY_FORM_ATTRIBUTE]: "" }} />;
}
