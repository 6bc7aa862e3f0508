import { seesEveryCheckIn } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireCapability } from "@/lib/auth/session";
import { dueCheckInsPage } from "@/lib/quality/due";
import { milestoneLabel } from "@/lib/quality/milestones";
import { formatDate } from "@/lib/dates";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { pagingSchema } from "@/lib/validation/list-params";

export const metadata: Metadata = { title: "Check-ins" };

export default async function CheckInsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCapability("readHiringQuality");
  const tz = await viewerTimeZone();
  const page = await dueCheckInsPage(user, pagingSchema.parse(await searchParams));
  const admin = seesEveryCheckIn(user);
  return (
    <>
      <PageHeader
        title="Quality-of-hire check-ins"
        description="How your hires are doing on the job, rated on the same domains and levels they were interviewed on. The answers feed the hiring-quality page."
      />
      <Card>
        <CardHeader>
          <CardTitle>Due {admin ? "(everyone's)" : "for you"}</CardTitle>
          <CardDescription>
            {admin
              ? "Every due check-in; open one to record it or hand it to a delegate."
              : "Oldest first. A reminder email goes out once for each."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {page.rows.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              No check-ins due. They appear here when a hire reaches a check-in date.
            </p>
          ) : (
            <ScrollRegion label="Due check-ins">
              {/* On a phone the milestone, date and answerer go under the name: as columns they were a sideways scroll away (round V). */}
              <table className="w-full text-sm sm:min-w-[32rem]">
                <thead className="text-left text-muted-foreground">
                  <tr>
                    <th scope="col" className="py-2 pr-3">
                      Hire
                    </th>
                    <th scope="col" className="hidden pr-3 sm:table-cell">
                      Check-in
                    </th>
                    <th scope="col" className="hidden pr-3 sm:table-cell">
                      Due since
                    </th>
                    {admin ? (
                      <th scope="col" className="hidden sm:table-cell">
                        Answered by
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody className="divide-y divide-border">
                  {page.rows.map((r) => (
                    <tr key={`${r.applicationId}-${r.days}`}>
                      <th scope="row" className="py-2 pr-3 text-left font-medium">
                        <Link
                          href={`/check-ins/${r.applicationId}?m=${r.days}`}
                          className="text-primary underline underline-offset-4"
                        >
                          {r.candidate}
                        </Link>
                        <span className="block text-xs font-normal text-muted-foreground">{r.role}</span>
                        <span className="block text-xs font-normal text-muted-foreground sm:hidden">
                          {milestoneLabel(r.days)} check-in, due since {formatDate(r.dueAt, tz)}
                          {admin ? ` · ${r.assignee}${r.delegated ? " (delegate)" : ""}` : ""}
                        </span>
                      </th>
                      <td className="hidden pr-3 sm:table-cell">{milestoneLabel(r.days)}</td>
                      <td className="hidden pr-3 sm:table-cell">{formatDate(r.dueAt, tz)}</td>
                      {admin ? (
                        <td className="hidden sm:table-cell">
                          {r.assignee}
                          {r.delegated ? " (delegate)" : ""}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          <Pager label="Check-in pages" params={{}} page={page} className="mt-3" />
        </CardContent>
      </Card>
      <p className="mt-4 text-sm">
        <Link href="/quality" className="text-primary underline underline-offset-4">
          Hiring quality: do the interviews predict the job?
        </Link>
      </p>
    </>
  );
}
