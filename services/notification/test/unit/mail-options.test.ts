import { toMailOptions } from '../../src/infra/mailer';
import type { OutgoingEmail } from '../../src/app/ports';

const ics = (method?: string) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', ...(method ? [`METHOD:${method}`] : []), 'BEGIN:VEVENT', 'UID:u@hr', 'SEQUENCE:1', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

const email = (attachments: OutgoingEmail['attachments']): OutgoingEmail => ({
  id: 'n1',
  to: { address: 'ann@example.com', name: 'Ann' },
  subject: 's',
  text: 't',
  html: '<p>t</p>',
  attachments,
});

describe('the calendar in the MIME message (RFC 6047)', () => {
  it('is the text/calendar alternative and the invite.ics attachment, both with the METHOD inside it', () => {
    const options = toMailOptions(email([{ filename: 'invite.ics', contentType: 'text/calendar; method=CANCEL', content: ics('CANCEL') }]), 'hr@acme.example');
    expect(options.alternatives).toEqual([{ contentType: 'text/calendar; charset=utf-8; method=CANCEL', content: ics('CANCEL') }]);
    expect(options.attachments).toEqual([{ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=CANCEL', content: ics('CANCEL') }]);
    expect(options).not.toHaveProperty('icalEvent');
    expect(options.messageId).toBe('<n1@acme.example>');
  });

  it('takes the method from the calendar, not from a label that disagrees, and reads folded and base64 content', () => {
    const folded = ics('REQUEST').replace('METHOD:REQUEST', 'METHOD:REQ\r\n UEST');
    const options = toMailOptions(
      email([{ filename: 'invite.ics', contentType: 'text/calendar; method=CANCEL', content: Buffer.from(folded).toString('base64'), encoding: 'base64' }]),
      'hr@acme.example',
    );
    expect(options.alternatives).toEqual([{ contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: folded }]);
  });

  it('attaches a calendar without METHOD as a plain file, with no invitation part', () => {
    const options = toMailOptions(email([{ filename: 'event.ics', contentType: 'text/calendar', content: ics() }]), 'hr@acme.example');
    expect(options.alternatives).toBeUndefined();
    expect(options.attachments).toEqual([{ filename: 'event.ics', contentType: 'text/calendar; charset=utf-8', content: ics() }]);
  });

  it('passes other attachments through and adds no alternative', () => {
    const options = toMailOptions(email([{ filename: 'a.pdf', contentType: 'application/pdf', content: 'JVBERi0=', encoding: 'base64' }]), 'hr@acme.example');
    expect(options.alternatives).toBeUndefined();
    expect(options.attachments).toEqual([{ filename: 'a.pdf', contentType: 'application/pdf', content: 'JVBERi0=', encoding: 'base64' }]);
  });
});
