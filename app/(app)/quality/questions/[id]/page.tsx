import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionDetail } from "@/components/quality/question-detail";
import { QualityTabs } from "@/components/quality/quality-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { questionQualityDetail } from "@/lib/quality/questions";
import { idSchema } from "@/lib/validation/id";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Hiring quality: question" };

/** One question's figures; an unknown or malformed id is a 404 (checked before the database). */
export default async function QualityQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("readHiringQuality");
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const q = await questionQualityDetail(user, id.data);
  if (!q) notFound();
  return (
    <>
      <Breadcrumbs
        items={[{ href: "/quality/questions", label: "Hiring quality: questions" }, { label: "Question" }]}
      />
      <PageHeader title="Question" description={`${q.domain} · level ${q.level}${q.retiredAt ? " · retired" : ""}`} />
      <QualityTabs current={null} />
      <QuestionDetail q={q} />
    </>
  );
}
