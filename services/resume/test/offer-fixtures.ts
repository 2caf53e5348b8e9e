import {
  EventDefinition,
  EventEnvelope,
  OfferAccepted,
  OfferApproved,
  OfferCreated,
  OfferDeclined,
  OfferExpired,
  OfferLevelApproved,
  OfferRejected,
  OfferReturned,
  OfferSent,
  OfferSubmitted,
  OfferWithdrawn,
} from '@hr/contracts';
import { assertValidEvent, buildEvent } from '@hr/platform';
import type { Principal } from '@hr/workflow';

/** The ids an offer event names; the offer service copies them from the application. */
export interface OfferRefs {
  applicationId: string;
  candidateId: string;
  requisitionId: string;
}

export const hrActor: Principal = { userId: 'u-hr-1', roles: ['hr'] };
const approver: Principal = { userId: 'u-hrm-1', roles: ['hr_manager'] };

/**
 * Pay, contact details, links, the letter and approvers' remarks: none of it may reach the timeline.
 * The annual cash and monthly base appear in the submitted event, the letter and an approver's comment.
 */
export const OFFER_PRIVATE_DETAILS = [
  '李晓燕',
  'xiaoyan.li@example.com',
  '456000',
  '32000',
  '<html',
  'JVBERi0',
  'token=',
  '王建国',
  '薪资偏高',
  '30000',
];

/**
 * A valid envelope as the offer service's outbox would publish it (checked against the catalog);
 * `null` for an event no person caused (an answer through the link, an expiry).
 */
export function offerEvent<T extends string, D>(definition: EventDefinition<T, D>, data: D, actor: Principal | null = hrActor): EventEnvelope<D> {
  const event = buildEvent(definition, definition.schema.parse(data), { source: 'offer', actor: actor ?? undefined, now: new Date() });
  assertValidEvent(JSON.parse(JSON.stringify(event)));
  return event;
}

function ref(refs: OfferRefs, offerId: string) {
  return { ...refs, offerId, number: `OF-2026-${offerId}`, positionId: 'pos-sales-mgr', departmentId: 'sales' };
}

const decision = (comment = '') => ({ round: 1, levelKey: 'hr_manager', comment });
const answer = (via: 'link' | 'verbal') => ({ via, answeredBy: via === 'link' ? 'candidate' : hrActor.userId, answeredAt: new Date().toISOString() });

/** The candidate's acceptance, through the signed link (no actor) unless HR recorded it verbally. */
export function accepted(refs: OfferRefs, offerId: string, via: 'link' | 'verbal' = 'link') {
  const data = {
    ...ref(refs, offerId),
    ...answer(via),
    candidateName: '李晓燕',
    positionTitle: '区域销售经理',
    departmentName: '销售部',
    grade: 'P6',
    startDate: '2026-07-01',
    workLocation: '上海',
    contractType: 'fixed_term',
    contractYears: 3,
    probationMonths: 3,
    reportingManager: { userId: 'u-mgr-1', name: '王建国' },
  };
  return offerEvent(OfferAccepted, data, via === 'link' ? null : hrActor);
}

export function declined(refs: OfferRefs, offerId: string, reason: string, via: 'link' | 'verbal' = 'link') {
  return offerEvent(OfferDeclined, { ...ref(refs, offerId), ...answer(via), reason }, via === 'link' ? null : hrActor);
}

export function expired(refs: OfferRefs, offerId: string) {
  return offerEvent(OfferExpired, { ...ref(refs, offerId), expiresAt: new Date().toISOString(), previousStatus: 'sent' }, null);
}

export function withdrawn(refs: OfferRefs, offerId: string, reason: string) {
  return offerEvent(OfferWithdrawn, { ...ref(refs, offerId), withdrawnBy: hrActor.userId, reason });
}

/** One offer's way to the candidate: created, returned once for changes, approved on the second round, sent twice. */
export function offerHistory(refs: OfferRefs, offerId: string) {
  const base = ref(refs, offerId);
  const levels = ['hr_manager', 'department_head', 'general_manager'];
  const submitted = (round: number) => offerEvent(OfferSubmitted, { ...base, round, awaitingLevel: 'hr_manager', levelKeys: levels, annualCash: '456000.00', cause: 'submitted' });
  return {
    created: offerEvent(OfferCreated, { ...base, createdBy: hrActor.userId }),
    submitted: submitted(1),
    returned: offerEvent(OfferReturned, { ...base, ...decision('薪资偏高，请调整为 30000'), returnedBy: approver.userId }, approver),
    resubmitted: submitted(2),
    levelApproved: offerEvent(OfferLevelApproved, { ...base, ...decision('同意'), round: 2, approvedBy: approver.userId, awaitingLevel: 'department_head' }, approver),
    approved: offerEvent(OfferApproved, { ...base, ...decision(), round: 2, levelKey: 'general_manager', approvedBy: 'u-gm-1' }),
    sent: sent(base, 1),
    sentAgain: sent(base, 2),
  };
}

/** A change of pay agreed with the candidate after approval: a new approval round. */
export function renegotiated(refs: OfferRefs, offerId: string) {
  const data = { ...ref(refs, offerId), round: 3, awaitingLevel: 'hr_manager', levelKeys: ['hr_manager'], annualCash: '456000.00', cause: 'negotiated' as const };
  return offerEvent(OfferSubmitted, data);
}

export function rejectedByApprover(refs: OfferRefs, offerId: string) {
  return offerEvent(OfferRejected, { ...ref(refs, offerId), ...decision('薪资偏高'), levelKey: 'department_head', rejectedBy: 'u-dm-1' });
}

function sent(base: ReturnType<typeof ref>, sequence: number) {
  return offerEvent(OfferSent, {
    ...base,
    sequence,
    sentBy: hrActor.userId,
    recipient: { name: '李晓燕', email: 'xiaoyan.li@example.com', locale: 'zh-CN' },
    subject: '录用通知书 — 区域销售经理',
    html: '<html><body>月薪 32000 元</body></html>',
    text: '月薪 32000 元',
    attachments: [{ filename: 'offer.pdf', contentType: 'application/pdf', content: 'JVBERi0xLjcK', encoding: 'base64' }],
    acceptUrl: 'https://hr.example/o/accept?token=signed-a',
    declineUrl: 'https://hr.example/o/decline?token=signed-b',
    expiresAt: '2026-06-30T15:59:59.000Z',
    template: { id: 'tpl-1', version: 2 },
  });
}
