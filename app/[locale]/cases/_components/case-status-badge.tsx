const tones = {
  OPEN: "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100",
  RESOLVED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100",
  REJECTED: "bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100",
  GAVE_UP: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
} as const;

export function CaseStatusBadge({ status, label }: { status: keyof typeof tones; label: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tones[status]}`}>{label}</span>;
}
