// Names the certificate problem behind a failed HTTPS connection, so "connection failed" does not hide
// a proxy's own certificate, an expired certificate or a wrong host name, which retries cannot fix.

/** OpenSSL/Node error codes of a refused server certificate, and what each means for the user. */
const CERTIFICATE_CODES: Record<string, string> = {
  SELF_SIGNED_CERT_IN_CHAIN: 'is not trusted (a self-signed certificate in its chain)',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'is not trusted (self-signed)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'is not trusted (its issuer is unknown)',
  UNABLE_TO_GET_ISSUER_CERT: 'is not trusted (its issuer is unknown)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'is not trusted (its issuer is not among the trusted authorities)',
  CERT_UNTRUSTED: 'is not trusted',
  CERT_HAS_EXPIRED: 'has expired',
  CERT_NOT_YET_VALID: 'is not valid yet (check the computer clock)',
  CERT_REVOKED: 'has been revoked',
  CERT_SIGNATURE_FAILURE: 'has an invalid signature',
  CERT_REJECTED: 'was rejected',
  INVALID_CA: 'was issued by an invalid authority',
  HOSTNAME_MISMATCH: 'is for a different host name',
  ERR_TLS_CERT_ALTNAME_INVALID: 'is for a different host name',
};

/** The error codes along `err`'s cause chain (fetch wraps the socket error in "fetch failed"). */
function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/**
 * "Could not connect securely to the <target>: its certificate is not trusted (...)
 * (SELF_SIGNED_CERT_IN_CHAIN). ..." for a certificate failure, else undefined. Only the code is kept:
 * the underlying message may quote host names and paths.
 */
export function certificateProblem(err: unknown, target: string): string | undefined {
  const code = codesOf(err).find((c) => c in CERTIFICATE_CODES);
  if (code === undefined) return undefined;
  return (
    `Could not connect securely to the ${target}: its certificate ${CERTIFICATE_CODES[code]} (${code}). ` +
    "Check the URL; behind a company proxy that inspects HTTPS, give Node the proxy's CA certificate " +
    '(NODE_EXTRA_CA_CERTS).'
  );
}
