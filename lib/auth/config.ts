import "server-only";
import { randomInt } from "node:crypto";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { AuthError, type NextAuthConfig } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";
import { createTransport, type Transporter } from "nodemailer";
import { takeSignInLinkQuota } from "../data/rate-limit";
import { isSignInBlocked } from "../data/users/is-sign-in-blocked";
import { db } from "../db";
import { createPseudonym } from "../domain/pseudonym";
import { env } from "../env";
import { routing, type Locale } from "../i18n/routing";
import { authCatalogue } from "./catalogue";
import { logSignInLink, SIGN_IN_LINK_MAX_AGE_HOURS, sendSignInMail, storeSignInMail } from "./mailer";
import { oauthProviders, signInMailDelivery } from "./providers";
import { reportingSessionFailures } from "./session-lookup";
import { localeOfAuthRequest, localeOfCallbackUrl } from "./request-locale";
import { signInLinkUrl } from "./sign-in-link";
import { currentSignInLinkAttempt } from "./sign-in-link-attempt";

// Where Auth.js sends the browser after it sent a link ("check your e-mail"), as a path: Auth.js
// puts its own origin in front, exactly as for a link it did send.
const LINK_SENT_PATH = "/api/auth/verify-request?provider=nodemailer&type=email";

// Auth.js, configured per request (NextAuth's lazy form): the Prisma adapter and with it the one
// database client are created only when a request needs them, never while `next build` loads
// this module. Sessions live in the database so that signing out or a ban ends them at once.
// lib/data owns every other query; the adapter is the one exception, as Auth.js needs the client.

let smtpTransport: Transporter | undefined;
function smtp(url: string): Transporter {
  smtpTransport ??= createTransport(url);
  return smtpTransport;
}

/** The Prisma adapter, with one change: a new user is created with their pseudonym in the same insert. */
function createAdapter(locale: Locale): Adapter {
  const adapter = PrismaAdapter(db());
  const createUser = adapter.createUser;
  if (!createUser) throw new Error("The Prisma adapter has no createUser");
  return {
    // A failed session read must not pass for "signed out" (lib/auth/session-lookup.ts).
    ...reportingSessionFailures(adapter),
    createUser: (user) => createUser({ ...user, displayName: createPseudonym(authCatalogue(locale).auth.pseudonymPrefix, randomInt) }),
  };
}

function emailProvider() {
  const delivery = signInMailDelivery();
  const { SMTP_URL: smtpUrl, EMAIL_FROM: from } = env;
  return Nodemailer({
    // The provider insists on a server even when it never uses it (no SMTP: see below).
    server: smtpUrl ?? { jsonTransport: true },
    from: from ?? "Recovery Atlas <no-reply@localhost>",
    maxAge: SIGN_IN_LINK_MAX_AGE_HOURS * 60 * 60,
    // Only reached for a link the signIn callback allowed (limits, bans): see below.
    async sendVerificationRequest({ identifier, url: authUrl }) {
      const url = signInLinkUrl(authUrl, { authUrl: env.AUTH_URL, port: env.PORT });
      const locale = localeOfCallbackUrl(new URL(url).searchParams.get("callbackUrl")) ?? routing.defaultLocale;
      if (delivery === "smtp" && smtpUrl && from) {
        await sendSignInMail({ to: identifier, url, from, locale, transport: smtp(smtpUrl) });
      } else if (delivery === "dev-mailbox") {
        await storeSignInMail({ to: identifier, url, locale });
      } else {
        logSignInLink({ to: identifier, url });
      }
    },
  });
}

function oauthProviderConfigs() {
  return oauthProviders().map(({ id }) =>
    id === "github"
      ? GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })
      : Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }),
  );
}

function createConfig(request: { url: string; headers: Headers } | undefined): NextAuthConfig {
  return {
    adapter: createAdapter(localeOfAuthRequest(request)),
    session: { strategy: "database" },
    secret: env.AUTH_SECRET,
    trustHost: env.AUTH_TRUST_HOST === "true",
    providers: [emailProvider(), ...oauthProviderConfigs()],
    // Locale-free paths: the locale middleware sends each person to their language's page.
    // Our sign-in page shows Auth.js's error codes (an expired link, a refused account) itself.
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    logger: {
      // An old or reused link, a refused account: the person gets our page; the log needs no stack.
      error(error) {
        const type = error instanceof AuthError ? error.type : undefined;
        if (type === "Verification" || type === "AccessDenied") console.warn(`[auth] ${type}: ${error.message.split("\n")[0]}`);
        else console.error(error);
      },
    },
    callbacks: {
      async signIn({ user, account, email }) {
        if (!account) return false;
        const blocked = () => isSignInBlocked({ email: user.email, provider: account.provider, providerAccountId: account.providerAccountId });
        if (!email?.verificationRequest) return !(await blocked());

        // Asking for an e-mail link. Auth.js creates the token and sends the mail only after this
        // returns true, so the limits are counted here, for our form and Auth.js's endpoint alike.
        const attempt = currentSignInLinkAttempt();
        const refusal = await takeSignInLinkQuota({ email: user.email ?? account.providerAccountId, requester: attempt?.requester ?? { address: null, loopback: false } });
        if (refusal) {
          if (attempt) attempt.refusal = refusal;
          return false;
        }
        // A banned address gets the answer every address gets, counted the same, so nobody can
        // tell bans apart; it just gets no token and no mail.
        return (await blocked()) ? LINK_SENT_PATH : true;
      },
      session({ session, user }) {
        return {
          expires: session.expires,
          user: {
            id: user.id,
            email: user.email,
            displayName: user.displayName,
            role: user.role,
            bannedAt: user.bannedAt?.toISOString() ?? null,
            createdAt: user.createdAt.toISOString(),
          },
        };
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth((request) => createConfig(request));
