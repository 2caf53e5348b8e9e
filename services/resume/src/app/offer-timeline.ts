import {
  EventData,
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
import { withoutUndefined } from '@hr/platform';
import type { Labels } from '../domain/application-stage';
import { labelOf } from './interview-timeline-text';
import { LEVEL_LABELS, VIA_LABELS, reasonSuffix } from './offer-timeline-text';
import type { TimelineEntry } from './timeline';

type Ref = Omit<EventData<typeof OfferCreated>, 'createdBy'>;
type Projected = { ref: Ref; data: Record<string, unknown>; summary: Labels };

/**
 * What the timeline keeps of an offer: ids, its number, who acted and the stage of its approval or
 * answer. Pay (annual cash, the letter and its PDF), the recipient's address, the answer links and
 * approvers' comments stay in the offer service; the candidate's own reason for declining is kept.
 */
function refData({ offerId, number, applicationId, requisitionId, positionId, departmentId }: Ref) {
  return { offerId, number, applicationId, requisitionId, positionId, departmentId };
}

function created(data: EventData<typeof OfferCreated>): Projected {
  const { number, createdBy } = data;
  return { ref: data, data: { createdBy }, summary: { 'zh-CN': `已创建Offer ${number}`, en: `Offer ${number} created` } };
}

function submitted(data: EventData<typeof OfferSubmitted>): Projected {
  const { number, round, awaitingLevel, levelKeys, cause } = data;
  const level = labelOf(LEVEL_LABELS, awaitingLevel);
  const negotiated = cause === 'negotiated';
  const summary: Labels = {
    'zh-CN': `Offer ${number} ${negotiated ? '经协商变更薪资或入职日期，重新' : '已'}提交审批（第${round}轮），待${level['zh-CN']}审批`,
    en: `Offer ${number} ${negotiated ? 'changed in negotiation (pay or start date) and resubmitted' : 'submitted'} for approval (round ${round}), awaiting the ${level.en}`,
  };
  return { ref: data, data: { round, awaitingLevel, levelKeys, cause }, summary };
}

function levelApproved(data: EventData<typeof OfferLevelApproved>): Projected {
  const { number, round, levelKey, approvedBy, awaitingLevel } = data;
  const [level, next] = [labelOf(LEVEL_LABELS, levelKey), labelOf(LEVEL_LABELS, awaitingLevel)];
  const summary = { 'zh-CN': `Offer ${number} 已通过${level['zh-CN']}审批，待${next['zh-CN']}审批`, en: `Offer ${number} approved by the ${level.en}, awaiting the ${next.en}` };
  return { ref: data, data: { round, levelKey, approvedBy, awaitingLevel }, summary };
}

function approved(data: EventData<typeof OfferApproved>): Projected {
  const { number, round, levelKey, approvedBy } = data;
  const summary = { 'zh-CN': `Offer ${number} 已通过全部审批`, en: `Offer ${number} passed every approval level` };
  return { ref: data, data: { round, levelKey, approvedBy }, summary };
}

function rejected(data: EventData<typeof OfferRejected>): Projected {
  const { number, round, levelKey, rejectedBy } = data;
  const level = labelOf(LEVEL_LABELS, levelKey);
  const summary = { 'zh-CN': `Offer ${number} 被${level['zh-CN']}驳回`, en: `Offer ${number} rejected by the ${level.en}` };
  return { ref: data, data: { round, levelKey, rejectedBy }, summary };
}

function returned(data: EventData<typeof OfferReturned>): Projected {
  const { number, round, levelKey, returnedBy } = data;
  const level = labelOf(LEVEL_LABELS, levelKey);
  const summary = { 'zh-CN': `Offer ${number} 被${level['zh-CN']}退回修改`, en: `Offer ${number} returned for changes by the ${level.en}` };
  return { ref: data, data: { round, levelKey, returnedBy }, summary };
}

function sent(data: EventData<typeof OfferSent>): Projected {
  const { number, sequence, sentBy, expiresAt, template, recipient } = data;
  const summary = { 'zh-CN': `Offer ${number} 已发送给候选人（第${sequence}次）`, en: `Offer ${number} sent to the candidate (send ${sequence})` };
  return { ref: data, data: { sequence, sentBy, expiresAt, template, locale: recipient.locale }, summary };
}

function accepted(data: EventData<typeof OfferAccepted>): Projected {
  const { number, via, answeredBy, answeredAt, positionTitle, departmentName, startDate } = data;
  const how = labelOf(VIA_LABELS, via);
  const summary = {
    'zh-CN': `候选人已接受Offer ${number}（${how['zh-CN']}），入职日期 ${startDate}`,
    en: `The candidate accepted offer ${number} (${how.en}), starting ${startDate}`,
  };
  return { ref: data, data: { via, answeredBy, answeredAt, positionTitle, departmentName, startDate }, summary };
}

function declined(data: EventData<typeof OfferDeclined>): Projected {
  const { number, via, answeredBy, answeredAt, reason } = data;
  const [how, why] = [labelOf(VIA_LABELS, via), reasonSuffix(reason)];
  const summary = { 'zh-CN': `候选人已拒绝Offer ${number}（${how['zh-CN']}）${why['zh-CN']}`, en: `The candidate declined offer ${number} (${how.en})${why.en}` };
  return { ref: data, data: { via, answeredBy, answeredAt, reason }, summary };
}

function expired(data: EventData<typeof OfferExpired>): Projected {
  const { number, expiresAt, previousStatus } = data;
  const summary = { 'zh-CN': `Offer ${number} 已过期，候选人未答复`, en: `Offer ${number} expired without an answer` };
  return { ref: data, data: { expiresAt, previousStatus }, summary };
}

function withdrawn(data: EventData<typeof OfferWithdrawn>): Projected {
  const { number, withdrawnBy, reason } = data;
  const why = reasonSuffix(reason);
  const summary = { 'zh-CN': `HR已撤回Offer ${number}${why['zh-CN']}`, en: `HR withdrew offer ${number}${why.en}` };
  return { ref: data, data: { withdrawnBy, reason }, summary };
}

const PROJECTIONS: Record<string, (data: never) => Projected> = {
  [OfferCreated.type]: created,
  [OfferSubmitted.type]: submitted,
  [OfferLevelApproved.type]: levelApproved,
  [OfferApproved.type]: approved,
  [OfferRejected.type]: rejected,
  [OfferReturned.type]: returned,
  [OfferSent.type]: sent,
  [OfferAccepted.type]: accepted,
  [OfferDeclined.type]: declined,
  [OfferExpired.type]: expired,
  [OfferWithdrawn.type]: withdrawn,
};

/** The offer event types the timeline shows. */
export const OFFER_TIMELINE_TYPES: readonly string[] = Object.keys(PROJECTIONS);

/** The timeline entry of an offer fact, with a zh-CN/en `summary`; undefined for any other event. */
export function offerTimelineEntryOf(event: EventEnvelope): TimelineEntry | undefined {
  const project = PROJECTIONS[event.type];
  if (!project) return undefined;
  const { ref, data, summary } = project(event.data as never);
  const kept = { ...refData(ref), ...withoutUndefined(data), summary };
  return { id: event.id, candidateId: ref.candidateId, applicationId: ref.applicationId, type: event.type, actorId: event.actor?.userId, at: new Date(event.occurredAt), data: kept };
}
