// The prep kit's control styles, in the look of the site's other forms (the report form keeps
// its own in its route folder, which the route boundaries keep private).

export const kitInputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-rose-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-rose-400";
export const kitButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800";
export const kitPrimaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-600 disabled:cursor-not-allowed disabled:opacity-60";
