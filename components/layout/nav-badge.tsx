/** A navigation link's count of things due (check-ins, scorecards), read out as "N due". */
export function NavBadge({ count }: { count: number }) {
  return (
    <span className="ml-1.5 rounded-full bg-danger px-1.5 py-0.5 text-xs font-semibold text-white">
      {count}
      <span className="sr-only"> due</span>
    </span>
  );
}
