// A minimal logger interface shared by engine-adjacent code and the VS Code glue (which backs it with
// a LogOutputChannel). Everything logged passes through maskSecrets first.

export interface Logger {
  trace(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { trace() {}, info() {}, warn() {}, error() {} };

/**
 * Masks secrets in text: the values registered with it (client secret, tokens) and anything that
 * looks like a bearer token or a secret field. A report client owns one (ReportClientOptions.masker)
 * and registers the secrets it handles with it.
 */
export class SecretMasker {
  private readonly secrets = new Set<string>();

  /** Remember a value that must never be printed. */
  register(value: string | undefined): void {
    if (value && value.length >= 4) this.secrets.add(value);
  }

  mask(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out
      .replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, '$1***')
      .replace(/((?:client_secret|access_token|refresh_token|id_token)["']?\s*[:=]\s*["']?)[^"'&\s,}]+/gi, '$1***');
  }
}

/** A logger that masks every line with `masker` before `logger` sees it. */
export function maskingLogger(logger: Logger, masker: SecretMasker): Logger {
  return {
    trace: (m) => logger.trace(masker.mask(m)),
    info: (m) => logger.info(masker.mask(m)),
    warn: (m) => logger.warn(masker.mask(m)),
    error: (m) => logger.error(masker.mask(m)),
  };
}

/**
 * The masker of this process's glue (the extension host's bundles share this module, the CLI has its
 * own): the clients they create are given it, so what a client registers is masked everywhere.
 */
export const processSecrets = new SecretMasker();

/** Remember a value (client secret, token) that must never be printed (in processSecrets). */
export function registerSecret(value: string | undefined): void {
  processSecrets.register(value);
}

/** Replace every secret registered in processSecrets and anything that looks like a bearer token or secret field. */
export function maskSecrets(text: string): string {
  return processSecrets.mask(text);
}
