import type { Metadata } from "next";
import { formatCount } from "@/lib/utils";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AddPersonForm } from "@/components/admin/add-person-form";
import { PeopleList } from "@/components/admin/people-list";
import { peoplePage } from "@/lib/people/directory";
import { VisibilitySetting } from "@/components/admin/visibility-setting";
import { CheckInDaysSetting } from "@/components/admin/check-in-days-setting";
import { checkInDaysOf } from "@/lib/quality/milestones";
import { ReadinessSettingsForm } from "@/components/admin/readiness-settings";
import { readinessSettings } from "@/lib/readiness/queries";
import { JobAdSettingsForm } from "@/components/admin/job-ad-settings";
import { MinGroupSetting, SelfIdCategoriesSetting } from "@/components/admin/fair-hiring-settings";
import { fairHiringSettings } from "@/lib/fair-hiring/settings";
import { MAX_SELF_ID_CATEGORIES } from "@/lib/validation/self-id";
import { requireCapability } from "@/lib/auth/session";
import { adminOverview } from "@/lib/data/admin-home";
import { formatDate, formatDateTime } from "@/lib/dates";
import { viewerTimeZone } from "@/lib/viewer-time-zone";

export const metadata: Metadata = { title: "People & matrix" };

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requireCapability("managePeople");
  const tz = await viewerTimeZone();
  const [{ settings, versions, audit }, people, fairHiring, readiness] = await Promise.all([
    adminOverview(me),
    peoplePage(me, await searchParams),
    fairHiringSettings(me),
    readinessSettings(),
  ]);
  return (
    <>
      <PageHeader
        title="People & matrix"
        description="Who can sign in and what they may do; the competency matrix and its versions."
      />
      {/* minmax(0, 1fr) columns: a form's widest row must not widen the page on a phone. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader>
            <CardTitle>
              People <Badge variant="muted">{new Intl.NumberFormat("en").format(people.total)}</Badge>
            </CardTitle>
          </CardHeader>
          <CardContent className="grid grid-cols-1 gap-6">
            <AddPersonForm />
            <PeopleList page={people} query={people.query} selfId={me.id} tz={tz} />
          </CardContent>
        </Card>
        <div className="grid grid-cols-1 content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Organisation</CardTitle>
            </CardHeader>
            <CardContent className="grid grid-cols-1 gap-4">
              <VisibilitySetting value={settings?.feedbackVisibility ?? "AFTER_SUBMIT"} />
              <CheckInDaysSetting value={checkInDaysOf(settings)} />
              <ReadinessSettingsForm value={readiness} />
              <p className="text-sm">
                <Link href="/readiness/team" className="text-primary underline underline-offset-4">
                  Team readiness: qualifications and weekly limits
                </Link>
              </p>
            </CardContent>
          </Card>
          {fairHiring ? (
            <Card>
              <CardHeader>
                <CardTitle>Fair-hiring report</CardTitle>
                <Link href="/fair-hiring" className="text-sm text-primary underline underline-offset-4">
                  Open the report
                </Link>
              </CardHeader>
              <CardContent className="grid grid-cols-1 gap-6">
                <MinGroupSetting value={fairHiring.minGroup} />
                <SelfIdCategoriesSetting categories={fairHiring.categories} max={MAX_SELF_ID_CATEGORIES} />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>Job ads</CardTitle>
            </CardHeader>
            <CardContent>
              <JobAdSettingsForm
                value={{
                  jobAdProfile: settings?.jobAdProfile ?? "",
                  jobAdBenefits: settings?.jobAdBenefits ?? "",
                  jobAdEqualOpportunity: settings?.jobAdEqualOpportunity ?? "",
                }}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Matrix versions</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="grid gap-3 text-sm">
                {versions.map((v) => (
                  <li key={v.id}>
                    <p className="font-medium">
                      {v.number ? `Version ${v.number}` : "Draft"}{" "}
                      <Badge variant={v.status === "PUBLISHED" ? "success" : "warning"}>{v.status.toLowerCase()}</Badge>
                    </p>
                    <p className="whitespace-pre-line text-muted-foreground">{v.changeNote}</p>
                    <p className="text-xs text-muted-foreground">
                      {v._count.cells} cells · {v._count.roles} roles · {formatCount(v._count.scorecards)} scorecards ·{" "}
                      {formatDate(v.publishedAt, tz)}
                    </p>
                  </li>
                ))}
              </ul>
              <p className="mt-4 flex flex-wrap gap-4 text-sm">
                <Link href="/admin/matrix" className="text-primary underline underline-offset-4">
                  Edit, version, import or export
                </Link>
                <Link href="/matrix" className="text-primary underline underline-offset-4">
                  Browse the matrix
                </Link>
              </p>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Recent changes</CardTitle>
              <Link href="/admin/audit" className="text-sm text-primary underline underline-offset-4">
                Full audit log
              </Link>
            </CardHeader>
            <CardContent>
              <ul className="grid gap-2 text-sm">
                {audit.map((a) => (
                  <li key={a.id}>
                    {a.sentence}
                    <span className="block text-xs text-muted-foreground">{formatDateTime(a.at, tz)}</span>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
