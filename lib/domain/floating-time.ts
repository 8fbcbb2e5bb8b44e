// Times in a report are the author's wall clock, stored as if UTC ("floating" times): every time
// in a report comes from the same clock, so differences between events are right, and pages,
// which format in UTC, show exactly the time the author typed.

/** The stored instant of an event the author dated `day` ("YYYY-MM-DD") at `time` ("HH:MM", optional). */
export function occurredAtOf(event: { day: string; time?: string | undefined }): Date {
  return new Date(`${event.day}T${event.time ?? "00:00"}:00.000Z`);
}

/** The author's calendar day of a stored instant, "YYYY-MM-DD". */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The author's clock time of a stored instant, "HH:MM". */
export function timeOfDay(date: Date): string {
  return date.toISOString().slice(11, 16);
}

/** The month of a stored first-of-month date, "YYYY-MM". */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}
