// Checks sign-in details with the report client's own rules before anything is stored or sent.
import { validateConnection, type ReportConnection } from '../../report';
import type { ConnectionDetails } from './connectionStore';

/** Validates and normalises a connection (throws the report client's INVALID_INPUT / INSECURE_URL errors). */
export function normalizeConnection(connection: ReportConnection): ConnectionDetails {
  const valid = validateConnection(connection);
  return {
    tenant: valid.tenant,
    apiUrl: valid.apiUrl.href.replace(/\/+$/, ''),
    loginUrl: valid.loginUrl.href.replace(/\/+$/, ''),
    clientId: valid.clientId,
  };
}
