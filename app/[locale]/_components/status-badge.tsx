const tones = {
  OPERATING: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100",
  CLOSED: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  UNKNOWN: "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100",
} as const;

export function StatusBadge({ status, label }: { status: keyof typeof tones; label: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tones[status]}`}>{label}</span>;
}
