import { headerParts } from './headerLabel';
import { sanitizeOrganizationName } from './mapColumns';

/**
 * The organization-column name to suggest for a header: its label without an export's brackets and
 * markers ('Job title [jobTitle]' -> 'Job_title', 'Status [READ ONLY]' -> 'Status').
 */
export function organizationNameFor(header: string): string {
  return sanitizeOrganizationName(headerParts(header).label) || sanitizeOrganizationName(header);
}
