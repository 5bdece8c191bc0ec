// How the tree lists users: filtered by e-mail text, sorted, shown a page at a time. Pure functions.
import type { UserProgress } from '../../report';

export type UserSortOrder = 'lowestFirst' | 'highestFirst' | 'email';
export const USER_SORT_ORDERS: readonly UserSortOrder[] = ['lowestFirst', 'highestFirst', 'email'];

export function isUserSortOrder(value: unknown): value is UserSortOrder {
  return typeof value === 'string' && (USER_SORT_ORDERS as readonly string[]).includes(value);
}

const byEmail = (a: UserProgress, b: UserProgress) => a.email.localeCompare(b.email);

/** A new array: users containing `filter` in their e-mail (case-insensitive), in `order`. */
export function orderUsers(users: readonly UserProgress[], order: UserSortOrder, filter: string): UserProgress[] {
  const needle = filter.trim().toLowerCase();
  const matching = needle ? users.filter((u) => u.email.toLowerCase().includes(needle)) : [...users];
  switch (order) {
    case 'lowestFirst':
      // Ties by e-mail so the order is stable across refreshes.
      return matching.sort((a, b) => a.completion_rate_total - b.completion_rate_total || byEmail(a, b));
    case 'highestFirst':
      return matching.sort((a, b) => b.completion_rate_total - a.completion_rate_total || byEmail(a, b));
    case 'email':
      return matching.sort(byEmail);
  }
}
