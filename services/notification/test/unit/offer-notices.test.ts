import { DomainError } from '@hr/workflow';
import { offerLetterAttachments, pdfFilename } from '../../src/events/offer-letter-attachment';
import { offerOutcomeText } from '../../src/infra/templates/offer-outcome.texts';
import { TemplateRenderer } from '../../src/infra/templates/template-renderer';

const renderer = new TemplateRenderer({ companyName: 'ACME', timeZone: 'Asia/Shanghai' });
const LINKS = { accept: 'https://hr.example.com/offer/accept?t=yes', decline: 'https://hr.example.com/offer/decline?t=no' };
const letter = {
  letterSubject: 'ACME录用通知书 – {{position.title}} <b>',
  letterHtml: '<h1 onclick="steal()">录用通知书</h1><script>steal()</script><p>尊敬的李雷：<img src=x onerror=steal()></p><a href="javascript:steal()">接受</a>',
  letterText: '录用通知书\n\n尊敬的李雷：',
  expiresAt: '2026-04-10T15:59:59.000Z',
  answerLinks: LINKS,
};
const render = (variables: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  renderer.render({ templateKey: 'offer.letter', eventType: 'offer.offer.sent.v1', locale, recipientName: '李雷', variables });

describe('the offer letter template', () => {
  it('sends the letter as written, sanitised, followed by the answer links in the candidate language', () => {
    const out = render(letter);
    expect(out.subject).toBe('ACME录用通知书 – {{position.title}} <b>');
    expect(out.html).toContain('<title>ACME录用通知书 – {{position.title}} &lt;b&gt;</title>');
    expect(out.html).toContain('<h1>录用通知书</h1><p>尊敬的李雷：</p><a>接受</a>');
    expect(out.html).not.toMatch(/script|onclick|onerror|<img|javascript:/);
    expect(out.html).toContain('<p>请于 2026年4月10日 23:59（Asia/Shanghai）前通过以下链接答复本录用通知：</p>');
    expect(out.html).toContain(`<a href="https://hr.example.com/offer/accept?t&#x3D;yes">接受录用</a><br>`);
    expect(out.html).toContain(`<a href="https://hr.example.com/offer/decline?t&#x3D;no">婉拒录用</a>`);
    expect(out.text).toMatch(/^录用通知书\n\n尊敬的李雷：\n\n请于 2026年4月10日 23:59/);
    expect(out.text).toContain(`接受录用: ${LINKS.accept}\n婉拒录用: ${LINKS.decline}`);
    expect(out.text).toContain('此邮件由ACME招聘系统自动发送');

    const en = render(letter, 'en');
    expect(en.text).toContain(`Please answer this offer by 10 Apr 2026, 23:59 (Asia/Shanghai) through one of these links:\n\nAccept the offer: ${LINKS.accept}\nDecline the offer: ${LINKS.decline}`);
  });

  it('falls back to the text when the HTML shows nothing once sanitised, and leaves out links it was not given', () => {
    const { answerLinks: _links, ...withoutLinks } = letter;
    const out = render({ ...withoutLinks, letterHtml: '<script>x()</script>', letterText: 'Dear <Ann>,\n\nWelcome & thanks.' }, 'en');
    expect(out.html).toContain('<p>Dear &lt;Ann&gt;,</p>\n<p>Welcome &amp; thanks.</p>');
    expect(out.text).toBe('Dear <Ann>,\n\nWelcome & thanks.\n\n--\nSent automatically by the ACME recruitment system; please do not reply to this message.\n');
    expect(out.html).not.toContain('Accept the offer');
  });

  it('refuses answer links that are not http(s) and a letter without text', () => {
    expect(() => render({ ...letter, answerLinks: { ...LINKS, accept: 'javascript:alert(1)' } })).toThrow(DomainError);
    expect(() => render({ ...letter, letterText: ' ' })).toThrow(DomainError);
  });
});

describe('the letter PDF attachment', () => {
  const pdf = Buffer.from('%PDF-1.4\n% a tiny document\n%%EOF\n');
  const attachment = { filename: 'OFF-2026-0007.pdf', contentType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' as const };

  it('passes a PDF through byte for byte', () => {
    const [out] = offerLetterAttachments([{ ...attachment, content: attachment.content.replace(/(.{8})/g, '$1\n') }], 'OFF-2026-0007');
    expect(out).toEqual({ filename: 'OFF-2026-0007.pdf', contentType: 'application/pdf', content: attachment.content, encoding: 'base64' });
    expect(Buffer.from(out.content, 'base64').equals(pdf)).toBe(true);
  });

  it.each([
    ['another type', { contentType: 'text/html' }],
    ['bytes that are not a PDF', { content: Buffer.from('<html>').toString('base64') }],
    ['content that is not base64', { content: '%PDF-1.4 raw' }],
  ])('refuses %s', (_what, change) => {
    expect(() => offerLetterAttachments([{ ...attachment, ...change }], 'OFF-1')).toThrow(expect.objectContaining({ reason: 'OFFER_ATTACHMENT_REFUSED' }));
  });

  it.each([
    ['OFF-2026-0007.pdf', 'OFF-2026-0007.pdf'],
    ['录用通知书 李雷.PDF', '录用通知书 李雷.PDF'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['C:\\letters\\offer\r\n.pdf', 'offer.pdf'],
    ['', 'offer-OFF-2026-0007.pdf'],
    ['.pdf', 'offer-OFF-2026-0007.pdf'],
  ])('names %j as %j', (given, expected) => {
    expect(pdfFilename(given, 'OFF-2026-0007')).toBe(expected);
  });
});

describe("the HR's notices of an offer's outcome", () => {
  const tz = 'Asia/Shanghai';
  const accepted = { kind: 'accepted' as const, number: 'OFF-7', candidateName: 'Ann Lee', positionTitle: 'Backend Engineer', departmentName: 'R&D', startDate: '2026-04-01', via: 'link' as const };

  it('says who accepted what, and when they start, in each language', () => {
    expect(offerOutcomeText('zh-CN', tz, accepted)).toEqual({
      title: '候选人已接受录用',
      message: 'Ann Lee已接受录用通知 OFF-7（Backend Engineer，R&D），入职日期：2026年4月1日。',
    });
    expect(offerOutcomeText('en', 'America/Los_Angeles', { ...accepted, via: 'verbal' })).toEqual({
      title: 'The candidate accepted the offer',
      message: 'Ann Lee accepted offer OFF-7 (Backend Engineer, R&D) (a verbal answer recorded by HR); start date: 1 Apr 2026.',
    });
  });

  it('gives the reason of a decline, and names the candidate only when known', () => {
    expect(offerOutcomeText('zh-CN', tz, { kind: 'declined', number: 'OFF-7', candidateName: 'Ann Lee', reason: '已接受其他公司的录用', via: 'link' })).toEqual({
      title: '候选人已婉拒录用',
      message: 'Ann Lee的录用通知 OFF-7已被候选人婉拒。\n\n婉拒原因：已接受其他公司的录用',
    });
    expect(offerOutcomeText('en', tz, { kind: 'declined', number: 'OFF-7', reason: ' ', via: 'verbal' }).message).toBe(
      'Offer OFF-7 was declined (a verbal answer recorded by HR).',
    );
  });

  it('says when an unanswered offer expired', () => {
    const expired = { kind: 'expired' as const, number: 'OFF-7', candidateName: 'Ann Lee', expiresAt: new Date('2026-04-10T15:59:00Z') };
    expect(offerOutcomeText('zh-CN', tz, expired)).toEqual({ title: '录用通知已过期', message: 'Ann Lee的录用通知 OFF-7已于 2026年4月10日 23:59 过期，候选人未答复。' });
    expect(offerOutcomeText('en', tz, expired).message).toBe('Offer OFF-7 for Ann Lee expired on 10 Apr 2026, 23:59 without an answer.');
  });
});

describe("the HR's notices of an offer's approval", () => {
  const tz = 'Asia/Shanghai';
  const offer = { number: 'OFF-7', comment: '' };

  it('says an offer approved at every level is ready to send, in each language', () => {
    expect(offerOutcomeText('zh-CN', tz, { kind: 'approved', ...offer, comment: ' 同意 ' })).toEqual({
      title: '录用审批已通过',
      message: '录用通知 OFF-7已通过全部审批，可以发送给候选人。\n\n审批意见：同意',
    });
    expect(offerOutcomeText('en', tz, { kind: 'approved', ...offer, candidateName: 'Ann Lee' })).toEqual({
      title: 'The offer was approved',
      message: 'Offer OFF-7 for Ann Lee was approved at every level and is ready to send.',
    });
  });

  it("gives the approver's comment of a rejection and of a return for changes", () => {
    expect(offerOutcomeText('zh-CN', tz, { kind: 'rejected', ...offer, comment: '预算已冻结' })).toEqual({
      title: '录用审批未通过',
      message: '录用通知 OFF-7在审批中被拒绝。\n\n审批意见：预算已冻结',
    });
    expect(offerOutcomeText('en', tz, { kind: 'rejected', ...offer, comment: 'Budget frozen' })).toEqual({
      title: 'The offer was rejected in approval',
      message: "Offer OFF-7 was rejected in approval.\n\nThe approver's comment: Budget frozen",
    });
    expect(offerOutcomeText('zh-CN', tz, { kind: 'returned', ...offer, comment: '请核对职级' })).toEqual({
      title: '录用审批已退回修改',
      message: '录用通知 OFF-7已被退回修改，请按审批意见修改后重新提交。\n\n审批意见：请核对职级',
    });
    expect(offerOutcomeText('en', tz, { kind: 'returned', ...offer, comment: '  ' })).toEqual({
      title: 'The offer was returned for changes',
      message: 'Offer OFF-7 was returned for changes; please revise it and submit it again.',
    });
  });
});
