/** The demo organisation's job-ad texts, so a generated ad reads as postable out of the box. */
export const DEMO_JOB_AD_TEXTS = {
  jobAdProfile:
    "Acme Reliability runs the payment and logistics platforms behind 2,000 online shops. Our operations group of 40 engineers keeps them fast and available, and uses AIOps to spend less time on noise and more on fixing what matters.",
  jobAdBenefits:
    "Salary reviewed every year\n30 days of paid leave plus public holidays\nA learning budget of 2,000 a year and time to use it\nOn-call is paid, shared across the team and never more than one week in six\nFlexible hours and remote-first working",
  jobAdEqualOpportunity:
    "We welcome applications from everyone, whatever their age, disability, ethnicity, gender, religion or belief, or sexual orientation. Tell us what adjustments you need at any stage and we will make them.",
};
