// Checks that a request really comes from Alexa, as a skill hosted outside
// Lambda must: ask-sdk's timestamp and signature verifiers. The deep import
// loads the verifiers only (ask-sdk-core, node-forge, semver), not express.
import type { IncomingHttpHeaders } from 'node:http';
import { SkillRequestSignatureVerifier, TimestampVerifier } from 'ask-sdk-express-adapter/dist/verifier';

/** Amazon's limit, both ways (ask-sdk checks only the past, and lets an unparseable time through). */
const TOLERANCE_MS = 150_000;

export type AlexaVerdict = { ok: true } | { ok: false; reason: 'timestamp' | 'signature' };

export type AlexaVerifier = (rawBody: string, headers: IncomingHttpHeaders, timestamp: unknown) => Promise<AlexaVerdict>;

export function createAlexaVerifier(now: () => number = Date.now): AlexaVerifier {
  // One instance for the server's life: it caches the downloaded certificate chain.
  const signature = new SkillRequestSignatureVerifier();
  const timestamp = new TimestampVerifier();
  return async (rawBody, headers, requestTimestamp) => {
    // Timestamps first: offline and cheap, so a replayed request never causes a certificate download.
    const time = typeof requestTimestamp === 'string' ? Date.parse(requestTimestamp) : NaN;
    if (!Number.isFinite(time) || time - now() > TOLERANCE_MS) return { ok: false, reason: 'timestamp' };
    try {
      await timestamp.verify(rawBody);
    } catch {
      return { ok: false, reason: 'timestamp' };
    }
    // Reads the Signature-256 and SignatureCertChainUrl headers; the URL is checked
    // (https, s3.amazonaws.com, /echo.api/, port 443) before anything is fetched.
    try {
      await signature.verify(rawBody, headers);
    } catch {
      return { ok: false, reason: 'signature' };
    }
    return { ok: true };
  };
}
