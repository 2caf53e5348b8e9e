import { offerTimelineEntryOf } from '../../src/app/offer-timeline';
import { OFFER_PRIVATE_DETAILS, OfferRefs, accepted, declined, expired, offerHistory, rejectedByApprover, renegotiated, withdrawn } from '../offer-fixtures';

const refs: OfferRefs = { applicationId: 'app-1', candidateId: 'cand-1', requisitionId: 'req-1' };
const events = {
  ...offerHistory(refs, '0001'),
  renegotiated: renegotiated(refs, '0001'),
  rejected: rejectedByApprover(refs, '0001'),
  accepted: accepted(refs, '0001'),
  acceptedVerbally: accepted(refs, '0001', 'verbal'),
  declined: declined(refs, '0001', '已接受其他公司的录用'),
  declinedSilently: declined(refs, '0001', ''),
  expired: expired(refs, '0001'),
  withdrawn: withdrawn(refs, '0001', '职位冻结'),
};

type Name = keyof typeof events;
const dataOf = (name: Name) => offerTimelineEntryOf(events[name])!.data as Record<string, unknown>;
const summaryOf = (name: Name) => dataOf(name).summary;

describe('offer facts on the candidate timeline', () => {
  it.each(Object.entries(events))('records %s for the candidate and application, keyed by the event id', (_name, event) => {
    const entry = offerTimelineEntryOf(event)!;
    expect(entry).toMatchObject({ id: event.id, candidateId: 'cand-1', applicationId: 'app-1', type: event.type, actorId: event.actor?.userId, at: new Date(event.occurredAt) });
    expect(entry.data).toMatchObject({ offerId: '0001', number: 'OF-2026-0001', requisitionId: 'req-1', summary: { 'zh-CN': expect.any(String), en: expect.any(String) } });
  });

  it.each(Object.entries(events))('keeps pay, names, addresses, links, the letter and approvers\' comments out of %s', (_name, event) => {
    const stored = JSON.stringify(offerTimelineEntryOf(event));
    for (const detail of OFFER_PRIVATE_DETAILS) expect(stored).not.toContain(detail);
  });

  it('summarises the approval in both languages, naming the levels', () => {
    expect(summaryOf('created')).toEqual({ 'zh-CN': '已创建Offer OF-2026-0001', en: 'Offer OF-2026-0001 created' });
    expect(summaryOf('submitted')).toEqual({
      'zh-CN': 'Offer OF-2026-0001 已提交审批（第1轮），待HR经理审批',
      en: 'Offer OF-2026-0001 submitted for approval (round 1), awaiting the HR manager',
    });
    expect(summaryOf('renegotiated')).toEqual({
      'zh-CN': 'Offer OF-2026-0001 经协商变更薪资或入职日期，重新提交审批（第3轮），待HR经理审批',
      en: 'Offer OF-2026-0001 changed in negotiation (pay or start date) and resubmitted for approval (round 3), awaiting the HR manager',
    });
    expect(summaryOf('levelApproved')).toEqual({ 'zh-CN': 'Offer OF-2026-0001 已通过HR经理审批，待部门负责人审批', en: 'Offer OF-2026-0001 approved by the HR manager, awaiting the department head' });
    expect(summaryOf('approved')).toEqual({ 'zh-CN': 'Offer OF-2026-0001 已通过全部审批', en: 'Offer OF-2026-0001 passed every approval level' });
    expect(summaryOf('rejected')).toEqual({ 'zh-CN': 'Offer OF-2026-0001 被部门负责人驳回', en: 'Offer OF-2026-0001 rejected by the department head' });
    expect(summaryOf('returned')).toEqual({ 'zh-CN': 'Offer OF-2026-0001 被HR经理退回修改', en: 'Offer OF-2026-0001 returned for changes by the HR manager' });
    expect(dataOf('submitted')).toMatchObject({ round: 1, levelKeys: ['hr_manager', 'department_head', 'general_manager'], cause: 'submitted' });
    expect(dataOf('returned')).toMatchObject({ levelKey: 'hr_manager', returnedBy: 'u-hrm-1' });
  });

  it('counts sends and keeps the template version and expiry, not the letter', () => {
    expect(summaryOf('sentAgain')).toEqual({ 'zh-CN': 'Offer OF-2026-0001 已发送给候选人（第2次）', en: 'Offer OF-2026-0001 sent to the candidate (send 2)' });
    expect(dataOf('sentAgain')).toMatchObject({ sequence: 2, sentBy: 'u-hr-1', expiresAt: '2026-06-30T15:59:59.000Z', template: { id: 'tpl-1', version: 2 }, locale: 'zh-CN' });
  });

  it('summarises the answer, how it was given, and the reason for a decline', () => {
    expect(summaryOf('accepted')).toEqual({
      'zh-CN': '候选人已接受Offer OF-2026-0001（通过Offer链接），入职日期 2026-07-01',
      en: 'The candidate accepted offer OF-2026-0001 (through the offer link), starting 2026-07-01',
    });
    expect(dataOf('accepted')).toMatchObject({ via: 'link', answeredBy: 'candidate', positionTitle: '区域销售经理', startDate: '2026-07-01' });
    expect((summaryOf('acceptedVerbally') as { en: string }).en).toContain('(verbally, recorded by HR)');
    expect(summaryOf('declined')).toEqual({
      'zh-CN': '候选人已拒绝Offer OF-2026-0001（通过Offer链接）：已接受其他公司的录用',
      en: 'The candidate declined offer OF-2026-0001 (through the offer link): 已接受其他公司的录用',
    });
    expect(summaryOf('declinedSilently')).toEqual({ 'zh-CN': '候选人已拒绝Offer OF-2026-0001（通过Offer链接）', en: 'The candidate declined offer OF-2026-0001 (through the offer link)' });
    expect(summaryOf('expired')).toEqual({ 'zh-CN': 'Offer OF-2026-0001 已过期，候选人未答复', en: 'Offer OF-2026-0001 expired without an answer' });
    expect(summaryOf('withdrawn')).toEqual({ 'zh-CN': 'HR已撤回Offer OF-2026-0001：职位冻结', en: 'HR withdrew offer OF-2026-0001: 职位冻结' });
  });

  it('is none for events that are not about offers', () => {
    const other = { ...events.created, type: 'interview.interview.scheduled.v1' };
    expect(offerTimelineEntryOf(other)).toBeUndefined();
  });
});
