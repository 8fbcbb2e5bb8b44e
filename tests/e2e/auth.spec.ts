import { signInWithEmail, uniqueEmail } from "./auth-helpers";
import { axeViolations } from "./axe";
import { expect, test } from "./fixtures";

test.describe("sign-in and accounts", () => {
  test("a new user signs in with an e-mail link, renames themselves and signs out for good", async ({ page, browser, baseURL }) => {
    const email = uniqueEmail("newcomer");
    await page.goto("/en/sign-in");
    await expect(page.getByRole("complementary", { name: "No mail server on this installation" })).toContainText(
      "This installation has no mail server: your sign-in link appears in the local mailbox",
    );
    await page.getByLabel("E-mail address").fill(email);
    await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");

    await page.getByRole("link", { name: "Open the local mailbox" }).click();
    const mail = page.getByRole("listitem").filter({ hasText: email }).first();
    await expect(mail).toContainText("Your sign-in link for Recovery Atlas");
    await mail.getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ }).click();

    const menu = page.getByRole("group", { name: "Account" });
    const accountLink = menu.getByRole("link", { name: /^Traveller-\d{4} \(your account\)$/ });
    await expect(accountLink).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
    await expect(menu.getByRole("link", { name: "Moderation" })).toHaveCount(0);
    // Speech users say what they see: the link's name must contain its visible text (WCAG 2.5.3).
    expect(await axeViolations(page, ["label-content-name-mismatch"])).toEqual([]);

    await accountLink.click();
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    await expect(page.getByRole("definition").first()).toHaveText("Member");

    const nameField = page.getByRole("textbox", { name: "Display name" });
    await expect(nameField).toHaveValue(/^Traveller-\d{4}$/);
    await nameField.fill(email);
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(nameField).toHaveAccessibleDescription(/Leave e-mail addresses out of your public name/);
    await expect(nameField).toHaveValue(email);

    await nameField.fill("Kiyoshi from Osaka");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved. Your reports now show “Kiyoshi from Osaka”.");
    await expect(menu.getByRole("link", { name: "Kiyoshi from Osaka (your account)" })).toBeVisible();

    const signedInCookies = await page.context().cookies();
    expect(signedInCookies.some((cookie) => cookie.name.endsWith("authjs.session-token"))).toBe(true);

    await menu.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Account" })).toHaveCount(0);

    // The old cookie, replayed in a fresh browser, no longer opens the account: the session row is gone.
    const replay = await browser.newContext({ baseURL });
    await replay.addCookies(signedInCookies);
    const replayPage = await replay.newPage();
    await replayPage.goto("/en/account");
    await expect(replayPage).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount$/);
    await expect(replayPage.getByRole("link", { name: "Sign in" })).toBeVisible();
    await replay.close();
  });

  test("the e-mail field says what is wrong and keeps what was typed", async ({ page }) => {
    await page.goto("/en/sign-in");
    const field = page.getByLabel("E-mail address");
    await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
    await expect(field).toHaveAccessibleDescription("Enter your e-mail address.");
    await field.fill("kiyoshi@example");
    await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
    await expect(field).toHaveAccessibleDescription("Enter an e-mail address such as name@example.com.");
    await expect(field).toHaveValue("kiyoshi@example");
    await expect(page).toHaveURL(/\/en\/sign-in$/);
  });

  test("after several links to one address the form says when to ask again, and keeps the address", async ({ page }) => {
    const email = uniqueEmail("many-links");
    const field = page.getByLabel("E-mail address");
    for (let sent = 0; sent < 5; sent++) {
      await page.goto("/en/sign-in");
      await field.fill(email);
      await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Check your e-mail" })).toBeVisible();
    }
    await page.goto("/en/sign-in");
    await field.fill(email);
    await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
    await expect(field).toHaveAccessibleDescription(/^Several sign-in links were sent to this address recently\. Use the newest one, or ask again in \d+ minutes?\.$/);
    await expect(field).toHaveValue(email);
    await expect(page).toHaveURL(/\/en\/sign-in$/);
  });

  test("signs in from Japanese pages, comes back to the page it started from, with a Japanese pseudonym", async ({ page }) => {
    await page.goto("/ja/exchanges/kraken");
    await page.getByRole("link", { name: "ログイン", exact: true }).click();
    await expect(page).toHaveURL(/\/ja\/sign-in\?callbackUrl=%2Fja%2Fexchanges%2Fkraken$/);
    const email = uniqueEmail("ja");
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByRole("button", { name: "ログイン用リンクをメールで受け取る" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("メールをご確認ください");

    await page.goto("/ja/dev/mailbox");
    const mail = page.getByRole("listitem").filter({ hasText: email }).first();
    await expect(mail).toContainText("Recovery Atlas ログイン用リンク");
    await mail.getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ }).click();
    await expect(page).toHaveURL(/\/ja\/exchanges\/kraken$/);
    await expect(page.getByRole("group", { name: "アカウント" }).getByRole("link", { name: /^旅人-\d{4}（アカウント）$/ })).toBeVisible();
  });

  test("a used or expired link leads back to the sign-in page with an explanation", async ({ page }) => {
    const email = uniqueEmail("reuse");
    await signInWithEmail(page, email);
    await page.goto("/en/dev/mailbox");
    const href = await page.getByRole("listitem").filter({ hasText: email }).first().getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ }).getAttribute("href");
    await page.context().clearCookies();
    await page.goto(href ?? "/");
    await expect(page).toHaveURL(/\/en\/sign-in\?error=Verification$/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("This sign-in link has expired or was already used. Enter your address to get a new one.");
  });

  test("the account page asks anonymous visitors to sign in first", async ({ page }) => {
    await page.goto("/ja/account");
    await expect(page).toHaveURL(/\/ja\/sign-in\?callbackUrl=%2Fja%2Faccount$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ログイン");
  });

  test("the signed-in header fits a phone screen", async ({ browser, baseURL }) => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, baseURL, isMobile: true, hasTouch: true, locale: "ja-JP" });
    const page = await phone.newPage();
    await page.goto("/ja");
    for (const locale of ["ja", "en"] as const) {
      await page.goto(`/${locale}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `anonymous, ${locale}`).toBeLessThanOrEqual(0);
    }
    await signInWithEmail(page, uniqueEmail("phone"), { locale: "ja" });
    await page.goto("/ja/account");
    await page.getByRole("textbox", { name: "表示名" }).fill("とても長い表示名をつけた旅人さん、大阪から参加しています");
    await page.getByRole("button", { name: "名前を保存" }).click();
    await expect(page.getByRole("status")).toContainText("保存しました");
    for (const path of ["/ja", "/en/exchanges/kraken", "/ja/account"]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });
});
