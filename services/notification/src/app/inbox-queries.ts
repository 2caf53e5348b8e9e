import { DomainError } from '@hr/workflow';
import type { InboxItem, NotificationDeps, Page, Paged } from './ports';

type Deps = Pick<NotificationDeps, 'inbox' | 'now'>;

/** The user's inbox, newest first. */
export function listInbox(deps: Deps, userId: string, page: Page, options: { unreadOnly?: boolean } = {}): Promise<Paged<InboxItem>> {
  return deps.inbox.list(userId, page, options);
}

export function unreadCount(deps: Deps, userId: string): Promise<number> {
  return deps.inbox.unreadCount(userId);
}

/** Only the owner can mark an item read; someone else's item answers not found, as a missing one does. */
export async function markRead(deps: Deps, userId: string, itemId: string): Promise<void> {
  if (!(await deps.inbox.markRead(userId, itemId, deps.now()))) throw DomainError.notFound('NOTIFICATION_NOT_FOUND', itemId);
}

/** Returns how many items were unread. */
export function markAllRead(deps: Deps, userId: string): Promise<number> {
  return deps.inbox.markAllRead(userId, deps.now());
}
