import { createHash } from 'node:crypto';
import { PAGE_CSP } from '../../src/pages/response-page.templates';
import {
  formatCalendarDate,
  formatDeadline,
  renderOfferAnswered,
  renderOfferRefusal,
  renderOfferResponseForm,
} from '../../src/pages/offer-response-pages';
import { stubAnswerLink } from '../support/stub-offer-fixtures';

const SHANGHAI = { timeZone: 'Asia/Shanghai' };

describe('offer response pages', () => {
  it('escapes every value: a name, title or company cannot become markup', () => {
    const html = renderOfferResponseForm(
      stubAnswerLink({ candidateName: '<script>alert("x")</script>', positionTitle: '"><img src=x onerror=alert(1)>', companyName: '<b>ACME</b>' }),
      'en',
      SHANGHAI,
    );
    expect(html.match(/<script/g)).toBeNull();
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>ACME');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });

  it("speaks the letter's language: dates as people write them, the deadline in the company zone", () => {
    const zh = renderOfferResponseForm(stubAnswerLink(), 'zh-CN', SHANGHAI);
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('李娜，您好！');
    expect(zh).toContain('感谢您考虑加入星辰科技');
    expect(zh).toContain('<dt>入职日期</dt><dd>2030年4月1日</dd>');
    expect(zh).toMatch(/2030年3月20日 ?18:00 \(Asia\/Shanghai\)/);
    const en = renderOfferResponseForm(stubAnswerLink({ action: 'decline', candidateName: 'Ann Lee' }), 'en', SHANGHAI);
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Dear Ann Lee,');
    expect(en).toContain('<dt>Start date</dt><dd>1 April 2030</dd>');
    expect(en).toContain('<dt>Department</dt><dd>研发部</dd>');
  });

  it('offers the one answer of the link: a required reason box only to decline', () => {
    const accept = renderOfferResponseForm(stubAnswerLink(), 'en', SHANGHAI);
    expect(accept).toContain('<form method="post">');
    expect(accept).toContain('<input type="hidden" name="action" value="accept">');
    expect(accept).toContain('<button type="submit" class="accept">Accept the offer</button>');
    expect(accept).not.toContain('<textarea');
    const decline = renderOfferResponseForm(stubAnswerLink({ action: 'decline' }), 'zh-CN', SHANGHAI);
    expect(decline).toContain('<label for="reason">婉拒原因（必填）</label>');
    expect(decline).toContain('<textarea id="reason" name="reason" rows="4" maxlength="1000" required></textarea>');
    expect(decline).toContain('<button type="submit" class="decline">婉拒录用</button>');
    const again = renderOfferResponseForm(stubAnswerLink({ action: 'decline' }), 'en', { ...SHANGHAI, error: 'Please give a reason for declining.' });
    expect(again).toContain('<p class="error" role="alert">Please give a reason for declining.</p>');
  });

  it.each([
    ['accepted', 'You have accepted this offer'],
    ['declined', 'You have declined this offer.'],
    ['expired', 'The time to answer this offer has passed.'],
    ['withdrawn', 'This offer has been withdrawn.'],
    ['approved', 'This offer cannot be answered right now.'],
  ])('takes no answer once the offer is %s', (offerStatus, note) => {
    const html = renderOfferResponseForm(stubAnswerLink({ offerStatus }), 'en', SHANGHAI);
    expect(html).toContain(note);
    expect(html).not.toContain('<form');
    expect(html).not.toContain('Please answer by');
  });

  it('shows no pay at all', () => {
    const html = renderOfferResponseForm(stubAnswerLink(), 'zh-CN', SHANGHAI) + renderOfferResponseForm(stubAnswerLink(), 'en', SHANGHAI);
    expect(html).not.toMatch(/薪|工资|salary|CNY|¥|￥/i);
  });

  it('explains a refused link by its reason and confirms an answer, in either language', () => {
    expect(renderOfferRefusal('OFFER_LINK_INVALID', 'en')).toContain('Error code: OFFER_LINK_INVALID');
    expect(renderOfferRefusal('OFFER_EXPIRED', 'zh-CN')).toContain('此录用通知已过回复期限');
    expect(renderOfferRefusal('OFFER_LINK_SUPERSEDED', 'en')).toContain('The offer has changed since this link was sent');
    expect(renderOfferRefusal('toString', 'en')).toContain('cannot be handled right now');
    expect(renderOfferAnswered('accepted', 'zh-CN')).toContain('已接受录用');
    expect(renderOfferAnswered('declined', 'en')).toContain('Offer declined');
  });

  it('keeps the shared CSP: exactly its own inline style, forms posting to this origin', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(renderOfferAnswered('accepted', 'en'))![1];
    expect(PAGE_CSP).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(style).toContain('button.accept');
  });

  it('formats calendar dates without a zone shift and deadlines in the named zone', () => {
    expect(formatCalendarDate('2030-01-01', 'en')).toBe('1 January 2030');
    expect(formatCalendarDate('not-a-date', 'en')).toBe('not-a-date');
    // ICU versions differ on the word between the date and the time.
    expect(formatDeadline(new Date('2030-03-20T17:00:00Z'), 'Asia/Shanghai', 'en')).toMatch(/^21 March 2030(,| at) 01:00 \(Asia\/Shanghai\)$/);
  });
});
