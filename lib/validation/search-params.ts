/** A page's searchParams as Next.js passes them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first of a repeated query parameter (`?page=2&page=3` reads 2): the schemas see one string. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
