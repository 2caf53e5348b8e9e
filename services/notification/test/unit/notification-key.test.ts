import { notificationKey, recipientKey } from '../../src/domain/notification-key';

describe('dedupe key: one notification per (event id, recipient, channel)', () => {
  const eventId = '6f1c2f43-6a0e-4d0b-9f57-6a4b1d1b2c3d';

  it('is stable for the same event, recipient and channel', () => {
    expect(notificationKey(eventId, 'email', { email: 'ann@example.com' })).toBe(notificationKey(eventId, 'email', { email: 'ann@example.com' }));
    expect(notificationKey(eventId, 'email', { email: 'ann@example.com' })).toMatch(/^[0-9a-f]{40}$/);
  });

  it('folds the case and spaces of an address', () => {
    expect(notificationKey(eventId, 'email', { email: ' Ann@Example.COM ' })).toBe(notificationKey(eventId, 'email', { email: 'ann@example.com' }));
  });

  it('prefers the user id, so a changed address does not make a second notification', () => {
    expect(notificationKey(eventId, 'email', { userId: 'u1', email: 'old@example.com' })).toBe(
      notificationKey(eventId, 'email', { userId: 'u1', email: 'new@example.com' }),
    );
    expect(recipientKey({ userId: 'u1', email: 'x@example.com' })).toBe('user:u1');
  });

  it('differs by event, channel and recipient', () => {
    const base = notificationKey(eventId, 'email', { userId: 'u1' });
    expect(notificationKey('another-event', 'email', { userId: 'u1' })).not.toBe(base);
    expect(notificationKey(eventId, 'inbox', { userId: 'u1' })).not.toBe(base);
    expect(notificationKey(eventId, 'email', { userId: 'u2' })).not.toBe(base);
  });

  it('cannot be made for a recipient nobody can identify', () => {
    expect(() => recipientKey({})).toThrow(/user id or an e-mail/);
  });
});
