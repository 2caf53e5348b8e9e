import { createHash } from 'node:crypto';
import { interviewV1 } from '@hr/contracts';
import { PAGE_CSP } from '../../src/pages/response-page.templates';
import { formatSlot, renderAnswered, renderRefusal, renderResponseForm } from '../../src/pages/response-pages';

const link = (overrides: Partial<interviewV1.DescribeResponseLinkResponse> = {}) =>
  interviewV1.DescribeResponseLinkResponse.fromPartial({
    action: 'confirm',
    positionTitle: 'Java 工程师',
    candidateName: '李娜',
    startsAt: new Date('2030-03-05T06:00:00Z'),
    durationMinutes: 60,
    timeZone: 'Asia/Shanghai',
    locale: 'zh-CN',
    candidateResponse: 'pending',
    ...overrides,
  });

describe('candidate response pages', () => {
  it('escapes every value: a name or title cannot become markup', () => {
    const html = renderResponseForm(
      link({ candidateName: '<script>alert("x")</script>', positionTitle: '"><img src=x onerror=alert(1)>', action: 'decline' }),
      'en',
    );
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html.match(/<script/g)).toBeNull();
  });

  it('speaks the invitation language and shows the time in the interview zone', () => {
    const zh = renderResponseForm(link(), 'zh-CN');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('李娜，您好！');
    expect(zh).toContain('2030年3月5日星期二 14:00–15:00 (Asia/Shanghai, GMT+8)');
    expect(zh).toContain('确认参加');
    const en = renderResponseForm(link({ timeZone: 'Europe/Berlin' }), 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Dear 李娜,');
    // ICU versions differ on the comma after the weekday.
    expect(en).toMatch(/Tuesday,? 5 March 2030 07:00–08:00 \(Europe\/Berlin, GMT\+1\)/);
  });

  it('offers the one answer of the link: a comment box only to decline, nothing once given', () => {
    const confirm = renderResponseForm(link(), 'en');
    expect(confirm).toContain('<form method="post">');
    expect(confirm).toContain('<input type="hidden" name="action" value="confirm">');
    expect(confirm).not.toContain('<textarea');
    expect(confirm).not.toContain('value="decline"');
    const decline = renderResponseForm(link({ action: 'decline' }), 'en');
    expect(decline).toContain('<textarea id="comment" name="comment"');
    expect(decline).toContain('<button type="submit" class="decline">Decline</button>');
    const done = renderResponseForm(link({ candidateResponse: 'confirmed' }), 'en');
    expect(done).toContain('You have confirmed this interview.');
    expect(done).not.toContain('<form');
    const changeOfMind = renderResponseForm(link({ candidateResponse: 'confirmed', action: 'decline' }), 'en');
    expect(changeOfMind).toContain('<form method="post">');
  });

  it('explains a refused link by its reason, in either language', () => {
    expect(renderRefusal('RESPONSE_LINK_EXPIRED', 'zh-CN')).toContain('此链接已过期');
    expect(renderRefusal('RESPONSE_LINK_SUPERSEDED', 'en')).toContain('The interview has changed since this link was sent');
    expect(renderRefusal('RESPONSE_LINK_INVALID', 'en')).toContain('Error code: RESPONSE_LINK_INVALID');
    expect(renderRefusal('SOMETHING_ELSE', 'en')).toContain('cannot be handled right now');
    expect(renderRefusal('constructor', 'en')).toContain('cannot be handled right now');
    expect(renderAnswered('declined', 'zh-CN')).toContain('已婉拒面试');
    expect(renderAnswered('confirmed', 'en')).toContain('Interview confirmed');
  });

  it('allows exactly its own inline style and form posts to this origin', () => {
    const html = renderAnswered('confirmed', 'en');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    expect(PAGE_CSP).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(PAGE_CSP).toContain("form-action 'self'");
    expect(PAGE_CSP).toContain("default-src 'none'");
  });

  it('formats a slot across a day boundary in the zone, not the server', () => {
    expect(formatSlot(new Date('2030-03-05T23:30:00Z'), 45, 'Asia/Shanghai', 'en')).toMatch(/^Wednesday,? 6 March 2030 07:30–08:15 \(Asia\/Shanghai, GMT\+8\)$/);
    expect(formatSlot(new Date('2030-03-05T23:30:00Z'), 45, 'Not/AZone', 'en')).toContain('(UTC');
  });
});
