import { DomainError } from '@hr/workflow';
import { listInbox, markAllRead, markRead, unreadCount } from '../../src/app/inbox-queries';
import { notify } from '../../src/app/notify';
import { anEvent, NotificationHarness } from './notification-harness';

describe('in-app inbox (FerretDB/MongoDB)', () => {
  const h = new NotificationHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const user = { userId: 'u-inbox-1', locale: 'zh-CN' as const, name: '李雷' };
  const send = (title: string, event = anEvent()) => notify(h.deps, { event, recipients: [user], templateKey: 'generic', variables: { title, message: `正文 ${title}` } });

  it('lists newest first with paging, counts unread, marks read one and all; a redelivery changes nothing', async () => {
    const first = anEvent();
    await send('一', first);
    h.advance(1000);
    await send('二');
    h.advance(1000);
    await send('三');
    expect(h.smtp.messages).toHaveLength(0);

    expect(await unreadCount(h.deps, user.userId)).toBe(3);
    const page1 = await listInbox(h.deps, user.userId, { page: 1, pageSize: 2 });
    expect(page1.total).toBe(3);
    expect(page1.items.map((i) => i.title)).toEqual(['三', '二']);
    expect(page1.items[0].body).toContain('正文 三');
    expect(page1.items[0].body).not.toContain('自动发送');
    const page2 = await listInbox(h.deps, user.userId, { page: 2, pageSize: 2 });
    expect(page2.items.map((i) => i.title)).toEqual(['一']);

    await markRead(h.deps, user.userId, page2.items[0].id);
    expect(await unreadCount(h.deps, user.userId)).toBe(2);
    await markRead(h.deps, user.userId, page2.items[0].id);
    expect(await unreadCount(h.deps, user.userId)).toBe(2);
    expect((await listInbox(h.deps, user.userId, { page: 1, pageSize: 10 }, { unreadOnly: true })).items.map((i) => i.title)).toEqual(['三', '二']);

    await send('一', first);
    expect(await unreadCount(h.deps, user.userId)).toBe(2);

    await expect(markRead(h.deps, 'someone-else', page1.items[0].id)).rejects.toBeInstanceOf(DomainError);
    await expect(markRead(h.deps, user.userId, 'no-such-id')).rejects.toMatchObject({ kind: 'not_found' });

    expect(await markAllRead(h.deps, user.userId)).toBe(2);
    expect(await unreadCount(h.deps, user.userId)).toBe(0);
    const all = await listInbox(h.deps, user.userId, { page: 1, pageSize: 10 });
    expect(all.items.every((i) => i.readAt instanceof Date)).toBe(true);
    expect(await unreadCount(h.deps, 'someone-else')).toBe(0);
  });
});
