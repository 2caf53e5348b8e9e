import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from '@hr/platform';
import { createMailer } from '../../src/infra/mailer';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:abc@hr\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

describe('mailer without SMTP: .eml files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'notification-eml-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes each message as a complete .eml under DATA_DIR/mail and logs the path, never the address', async () => {
    const lines: unknown[][] = [];
    const logger = { info: (...args: unknown[]) => lines.push(args) } as unknown as Logger;
    const mailer = createMailer(
      { DATA_DIR: dir, MAIL_FROM: '"ACME 招聘" <hr@acme.example>', SMTP_PORT: 587, SMTP_SECURE: false, SMTP_TIMEOUT_MS: 1000 },
      logger,
    );
    await mailer.send({
      id: 'n1',
      to: { address: 'ann@example.com', name: '安 Ann' },
      subject: '面试邀请',
      text: '您好',
      html: '<p>您好</p>',
      attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; method=REQUEST', content: ICS }],
    });
    await mailer.close();

    const files = await readdir(path.join(dir, 'mail'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-n1\.eml$/);
    const raw = await readFile(path.join(dir, 'mail', files[0]), 'utf8');
    expect(raw).toContain('To: =?UTF-8?');
    expect(raw).toContain('ann@example.com');
    expect(raw).toContain('Message-ID: <n1@acme.example>');
    // The calendar twice, both parts with the METHOD inside it: the body's alternative and the attachment.
    const calendarParts = raw.match(/^Content-Type: text\/calendar[^\r\n]*/gim) ?? [];
    expect(calendarParts).toEqual([
      'Content-Type: text/calendar; charset=utf-8; method=REQUEST',
      'Content-Type: text/calendar; charset=utf-8; method=REQUEST; name=invite.ics',
    ]);
    expect(raw).not.toMatch(/application\/ics/i);
    expect(raw).toMatch(/multipart\/alternative[\s\S]*text\/plain[\s\S]*text\/html[\s\S]*text\/calendar[\s\S]*Content-Disposition: attachment; filename=invite\.ics/);
    expect(raw).not.toContain('.tmp');

    expect(lines).toHaveLength(1);
    expect(lines[0][0]).toEqual({ notificationId: 'n1', file: path.join(dir, 'mail', files[0]) });
    expect(JSON.stringify(lines)).not.toContain('ann@example.com');
  });
});
