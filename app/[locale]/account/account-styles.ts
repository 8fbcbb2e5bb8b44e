// The account pages' buttons, in one place so the pages under /account look alike.
export const buttonClass =
  "inline-flex items-center justify-center rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800";
export const dangerButtonClass =
  "inline-flex items-center justify-center rounded-md bg-rose-700 px-4 py-2.5 font-semibold text-white hover:bg-rose-600 disabled:opacity-70";
export const sectionTitleClass = "text-lg font-semibold";
export const listClass = "divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800";
export const mutedClass = "text-sm text-slate-600 dark:text-slate-400";
