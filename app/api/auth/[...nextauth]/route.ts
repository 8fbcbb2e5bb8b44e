import { handlers } from "@/lib/auth/config";

// Auth.js's endpoints: e-mail link and OAuth callbacks, sign-out, session. Users never see its
// built-in pages: lib/auth/config.ts points them at ours.
export const { GET, POST } = handlers;
