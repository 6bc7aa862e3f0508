import { redirect } from "next/navigation";
import { HOME_BY_KIND } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";

export default async function Home() {
  const user = await currentUser();
  redirect(user ? HOME_BY_KIND[user.kind] : "/signin");
}
