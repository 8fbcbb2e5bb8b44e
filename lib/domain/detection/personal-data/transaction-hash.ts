import type { TextSpan } from "../text/offset-text";

// 32-byte hashes: Ethereum transactions (0x-prefixed) and Bitcoin txids.
const TRANSACTION_HASH = /(?<![A-Za-z0-9])(?:0x)?[0-9a-fA-F]{64}(?![A-Za-z0-9])/g;

export function findTransactionHashes(scan: string): TextSpan[] {
  return [...scan.matchAll(TRANSACTION_HASH)]
    .filter((match) => /[a-fA-F]/.test(match[0].replace(/^0x/, "")) && /\d/.test(match[0]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
