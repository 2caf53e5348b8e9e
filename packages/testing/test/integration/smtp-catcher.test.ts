import nodemailer from 'nodemailer';
import { rejectionOf, SmtpCatcher } from '../../src';

describe('SmtpCatcher', () => {
  let catcher: SmtpCatcher;
  beforeAll(async () => {
    catcher = await SmtpCatcher.start();
  });
  afterAll(() => catcher.stop());
  beforeEach(() => catcher.clear());

  const transport = () => nodemailer.createTransport({ host: catcher.host, port: catcher.port, secure: false, ignoreTLS: true });
  const send = (subject: string) =>
    transport().sendMail({
      from: '"HR" <hr@example.com>',
      to: 'ann@example.com',
      subject,
      text: 'plain 你好',
      html: '<p>html 你好</p>',
      attachments: [{ filename: 'invite.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', contentType: 'text/calendar; method=REQUEST' }],
    });

  it('catches a real SMTP delivery, parsed', async () => {
    await send('Hello 面试');
    const message = await catcher.waitFor((m) => m.subject === 'Hello 面试');
    expect(message).toMatchObject({ from: 'hr@example.com', to: ['ann@example.com'], envelope: { to: ['ann@example.com'] } });
    expect(message.text?.trim()).toBe('plain 你好');
    expect(message.html).toContain('<p>html 你好</p>');
    expect(message.attachments[0]).toMatchObject({ filename: 'invite.ics', contentType: 'text/calendar' });
    expect(message.attachments[0].content.toString()).toContain('BEGIN:VCALENDAR');
    expect(catcher.to('ANN@example.com')).toHaveLength(1);
  });

  it('refuses the next n deliveries with the given SMTP reply, then accepts again', async () => {
    catcher.failNext(2, { code: 451, message: 'try again later' });
    const first = await rejectionOf<{ responseCode?: number; response?: string }>(send('one'));
    const second = await rejectionOf<{ responseCode?: number }>(send('two'));
    expect(first.responseCode).toBe(451);
    expect(first.response).toContain('try again later');
    expect(second.responseCode).toBe(451);
    await send('three');
    expect(catcher.messages.map((m) => m.subject)).toEqual(['three']);
    expect(catcher.refused).toHaveLength(2);
  });

  it('fails waitFor with what it caught when nothing matches in time', async () => {
    await send('other');
    await catcher.waitFor((m) => m.subject === 'other');
    const error = await rejectionOf(catcher.waitFor((m) => m.subject === 'never', { timeoutMs: 100 }));
    expect(error.message).toContain('other');
  });
});
