// Context shared by the number detectors: dates masked so their digits do not read as a phone or
// ID number, and the words before a number that make it a ticket or order number.

// Dates are the main source of digit runs that look like phone or ID numbers; their digits are
// masked (same length, so offsets hold) before any number pattern runs.
const DATE_PATTERNS: readonly RegExp[] = [
  /(?<![\d.])(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)/g,
  /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)\d{2}(?!\d)/g,
];

export function maskDates(scan: string): string {
  let masked = scan;
  for (const pattern of DATE_PATTERNS) masked = masked.replace(pattern, (date) => date.replace(/\d/g, "x"));
  return masked;
}

const TICKET_CONTEXT =
  /(?:ticket|case|request|inquiry|enquiry|reference|\bref\.?|order|article|transaction|問い合わせ|受付|チケット|注文|取引|ケース|リクエスト|管理|整理|記事|[#＃])[ ]*(?:id|number|no\.?|番号|#)?[ ]*[:=#]?[ ]*(?:[A-Z]{1,4}-?)?$/i;
const CONTEXT_WINDOW = 28;

export function textBefore(scan: string, index: number, length = CONTEXT_WINDOW): string {
  return scan.slice(Math.max(0, index - length), index);
}

export const isTicketNumber = (scan: string, start: number): boolean => TICKET_CONTEXT.test(textBefore(scan, start));
