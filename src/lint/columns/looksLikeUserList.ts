import { userListEvidence } from './userListEvidence';

/** True when the header (below any preamble) is evidence of a user list (see userListEvidence). */
export function looksLikeUserList(text: string): boolean {
  return userListEvidence(text).isUserList;
}
