"use server";

import { redirect } from "next/navigation";
import { postedForm, postedLocale } from "@/lib/actions/posted-form";
import { unsubscribeReminders } from "@/lib/data/reminders/unsubscribe-reminders";

// The confirm button of the unsubscribe page. Anyone holding the link may press it (the token is
// the credential, as in the e-mail's one-click header); a wrong token changes nothing.
export async function confirmUnsubscribe(formData: FormData): Promise<void> {
  const form = postedForm(formData);
  const locale = postedLocale(form);
  const token = form.get("token");
  const { unsubscribed } = await unsubscribeReminders({ input: { token } });
  redirect(unsubscribed ? `/${locale}/cases/unsubscribe?done=1` : `/${locale}/cases/unsubscribe?invalid=1`);
}
