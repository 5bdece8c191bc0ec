// A minimal logger interface shared by engine-adjacent code and the VS Code glue (which backs it with
// a LogOutputChannel). Everything logged passes through maskSecrets first.

export interface Logger {
  trace(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { trace() {}, info() {}, warn() {}, error() {} };

const registeredSecrets = new Set<string>();

/** Remember a value (client secret, token) that must never be printed. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 4) registeredSecrets.add(value);
}

/** Replace every registered secret and anything that looks like a bearer token or secret field. */
export function maskSecrets(text: string): string {
  let out = text;
  for (const secret of registeredSecrets) out = out.split(secret).join('***');
  return out
    .replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, '$1***')
    .replace(/((?:client_secret|access_token|refresh_token|id_token)["']?\s*[:=]\s*["']?)[^"'&\s,}]+/gi, '$1***');
}
