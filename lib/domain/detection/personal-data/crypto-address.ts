// Crypto addresses: Base58Check, Bech32 segwit and EVM hex addresses.

import type { TextSpan } from "../text/offset-text";

const BASE58 = "1-9A-HJ-NP-Za-km-z";
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const CRYPTO_ADDRESS_PATTERNS: readonly RegExp[] = [
  // Base58Check: BTC P2PKH (1) and P2SH (3), LTC (L, M), DOGE (D), TRON (T), XRP (r).
  new RegExp(String.raw`(?<![A-Za-z0-9])[13LMDTr][${BASE58}]{24,34}(?![A-Za-z0-9])`, "g"),
  // Bech32 / Bech32m segwit addresses (BIP 173, BIP 350), lower or upper case.
  new RegExp(String.raw`(?<![A-Za-z0-9])(?:bc|tb|ltc)1[${BECH32}]{25,87}(?![A-Za-z0-9])`, "g"),
  new RegExp(String.raw`(?<![A-Za-z0-9])(?:BC|TB|LTC)1[${BECH32.toUpperCase()}]{25,87}(?![A-Za-z0-9])`, "g"),
  // Ethereum and EVM chains: 20 bytes in hex.
  /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g,
];

// A real Base58 address mixes digits, upper and lower case; a long English word or an
// identifier in camelCase rarely has all three.
function looksRandom(candidate: string): boolean {
  const body = candidate.slice(1);
  return /\d/.test(body) && /[A-Z]/.test(body) && /[a-z]/.test(body);
}

export function findCryptoAddresses(scan: string): TextSpan[] {
  const found: TextSpan[] = [];
  CRYPTO_ADDRESS_PATTERNS.forEach((pattern, index) => {
    for (const match of scan.matchAll(pattern)) {
      if (index === 0 && !looksRandom(match[0])) continue;
      found.push({ start: match.index, end: match.index + match[0].length });
    }
  });
  return found;
}
