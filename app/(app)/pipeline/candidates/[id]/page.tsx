import { standingText } from "@/lib/applications/status";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { EraseButton } from "@/components/candidates/erase-button";
import { SelfIdLinkControls } from "@/components/fair-hiring/self-id-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import { can } from "@/lib/auth/permissions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { candidateProfile } from "@/lib/data/candidate-profile";
import { formatDate } from "@/lib/dates";
import { SELF_ID_LINK_DAYS, selfIdLinkState } from "@/lib/fair-hiring/self-id";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { decisionWord } from "@/lib/validation/decision";

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidateProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("manageCandidates");
  const tz = await viewerTimeZone();
  const { id } = await params;
  const [profile, selfId] = await Promise.all([candidateProfile(user, id), selfIdLinkState(user, id)]);
  if (!profile) notFound();
  const { candidate, applications, exportRefusal: refusal, canErase } = profile;
  // Who did what to this candidate's records, for the admins who read the audit log.
  const auditTrail = can(user, "readAuditLog") ? (
    <Link href={`/admin/audit?candidate=${candidate.id}`} className={buttonVariants({ variant: "outline" })}>
      Audit trail
    </Link>
  ) : null;
  return (
    <>
      <Breadcrumbs items={[{ href: "/pipeline", label: "Roles & candidates" }, { label: candidate.name }]} />
      <PageHeader
        title={candidate.name}
        description={
          candidate.erasedAt
            ? `Personal data erased on ${formatDate(candidate.erasedAt, tz)}.`
            : `${candidate.headline ? `${candidate.headline} · ` : ""}${candidate.email ?? ""}${candidate.phone ? ` · ${candidate.phone}` : ""} · ${candidate.source ?? "source unknown"} · added ${formatDate(candidate.createdAt, tz)}`
        }
        actions={
          candidate.erasedAt ? (
            <>
              <Badge variant="muted">erased</Badge>
              {auditTrail}
            </>
          ) : (
            <>
              {auditTrail}
              {refusal ? (
                <p className="max-w-xs text-sm text-muted-foreground">Export unavailable: {refusal}.</p>
              ) : (
                // A POST (audited, so never a GET a link or prefetch could set off); the file downloads and the page stays.
                <form method="post" action={`/api/candidates/${candidate.id}/export`}>
                  <Button type="submit" variant="outline">
                    Export data (JSON)
                  </Button>
                </form>
              )}
              {canErase ? <EraseButton candidateId={candidate.id} name={candidate.name} /> : null}
            </>
          )
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>Applications</CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="grid gap-2 text-sm">
            {applications.map((a) => (
              <li key={a.id} className="flex flex-wrap justify-between gap-2">
                {a.opens ? (
                  <Link href={`/candidates/${a.id}`} className="text-primary underline underline-offset-4">
                    {a.roleTitle}
                  </Link>
                ) : (
                  <span>
                    {a.roleTitle}{" "}
                    <span className="text-xs text-muted-foreground">
                      (another team&apos;s role: its page is theirs)
                    </span>
                  </span>
                )}
                <span className="text-muted-foreground">
                  {standingText(a.status, a.currentStage)}
                  {a.decision ? ` · ${decisionWord(a.decision)}` : ""}
                </span>
              </li>
            ))}
            {applications.length === 0 ? <li className="text-muted-foreground">Not applied to a role yet.</li> : null}
          </ul>
        </CardContent>
      </Card>
      {selfId ? (
        <Card className="mt-6">
          <CardHeader>
            <CardTitle>Voluntary self-identification</CardTitle>
            <CardDescription>
              A link you send the candidate to a short form about gender, ethnicity, veteran and disability status.
              Answering is voluntary; every question offers &ldquo;Prefer not to say&rdquo;. The answers are stored
              apart from the application and its scorecards and are never shown to anyone: not to interviewers, hiring
              managers or recruiters. Admins see only totals per group in the fair-hiring report.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <SelfIdLinkControls
              candidateId={candidate.id}
              days={SELF_ID_LINK_DAYS}
              timeZone={tz}
              current={
                selfId.link
                  ? {
                      created: formatDate(selfId.link.createdAt, tz),
                      expires: formatDate(selfId.link.expiresAt, tz),
                      expired: selfId.link.expired,
                    }
                  : null
              }
            />
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
