import { loadConfig } from '@hr/platform';
import { interviewConfigSchema, responseLinkSecret, roundOrderOf } from '../../src/config';
import { parseMailbox } from '../../src/infra/mailbox';

const BASE = { MONGO_URL: 'mongodb://127.0.0.1:27017', AMQP_URL: 'amqp://127.0.0.1', INTERNAL_TOKEN_SECRET: 'internal-secret-0123456789abcdef-0123' };
const load = (env: Record<string, string> = {}) => loadConfig(interviewConfigSchema, { ...BASE, ...env });

describe('interview configuration', () => {
  it('defaults to its own port and database, reminders the day and the hour before, and the default rounds', () => {
    const config = load();
    expect(config).toMatchObject({
      GRPC_PORT: 50053,
      MONGO_DB: 'hr_interview',
      RESUME_GRPC_URL: '127.0.0.1:50052',
      REQUISITION_GRPC_URL: '127.0.0.1:50051',
      PUBLIC_BASE_URL: 'http://localhost:8080',
      INVITATION_UID_DOMAIN: 'hr.localhost',
      INTERVIEW_REMINDERS: [1440, 60],
      AGENDA_PROCESS_EVERY_MS: 10_000,
    });
    expect(config.INVITATION_ORGANIZER.email).toBe('recruiting@hr.localhost');
    expect(roundOrderOf(config)).toEqual(['first', 'second', 'final', 'hr']);
  });

  it('reads reminders, rounds, the organizer and the public address', () => {
    const config = load({
      INTERVIEW_REMINDERS: '2d, 30m',
      INTERVIEW_ROUND_ORDER: 'first, final',
      INVITATION_ORGANIZER: '"ACME 招聘" <hr@acme.com>',
      PUBLIC_BASE_URL: 'https://jobs.acme.com/',
    });
    expect(config.INTERVIEW_REMINDERS).toEqual([2880, 30]);
    expect(roundOrderOf(config)).toEqual(['first', 'final']);
    expect(config.INVITATION_ORGANIZER).toEqual({ name: 'ACME 招聘', email: 'hr@acme.com' });
    expect(config.PUBLIC_BASE_URL).toBe('https://jobs.acme.com');
  });

  it.each([
    ['INTERVIEW_REMINDERS', 'soon'],
    ['INTERVIEW_ROUND_ORDER', 'first,first'],
    ['INVITATION_ORGANIZER', 'HR team'],
    ['INTERVIEW_LINK_SECRET', 'too-short'],
    ['PUBLIC_BASE_URL', 'ftp://jobs.acme.com'],
  ])('stops on a bad %s, naming it', (name, value) => {
    expect(() => load({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('derives a link secret of its own from the internal secret when none is set', () => {
    const derived = responseLinkSecret(load());
    expect(Buffer.byteLength(derived)).toBeGreaterThanOrEqual(32);
    expect(derived).not.toContain(BASE.INTERNAL_TOKEN_SECRET);
    expect(responseLinkSecret(load())).toBe(derived);
    expect(responseLinkSecret(load({ INTERNAL_TOKEN_SECRET: `${BASE.INTERNAL_TOKEN_SECRET}-2` }))).not.toBe(derived);
    const given = 'a-link-secret-of-at-least-32-bytes!!';
    expect(responseLinkSecret(load({ INTERVIEW_LINK_SECRET: given }))).toBe(given);
  });
});

describe('parseMailbox', () => {
  it.each([
    ['"ACME 招聘" <hr@acme.com>', { name: 'ACME 招聘', email: 'hr@acme.com' }],
    ['ACME HR <hr@acme.com>', { name: 'ACME HR', email: 'hr@acme.com' }],
    ['hr@acme.com', { name: 'hr@acme.com', email: 'hr@acme.com' }],
  ])('reads %s', (text, mailbox) => {
    expect(parseMailbox(text)).toEqual(mailbox);
  });
});
