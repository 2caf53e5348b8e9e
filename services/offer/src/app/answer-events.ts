import { EventEnvelope, OfferAccepted, OfferDeclined } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import type { Offer } from '../domain/offer';
import { offerEvent, offerRef } from './offer-events';

/** The answer as the resume service (accepted → hired) and, later, onboarding need it. */
export function answerEvents(offer: Offer, actor: Principal | undefined, now: Date): EventEnvelope[] {
  const answer = offer.answer!;
  const common = { ...offerRef(offer), via: answer.via, answeredBy: answer.by, answeredAt: answer.at.toISOString() };
  if (answer.answer === 'declined') return [offerEvent(OfferDeclined, { ...common, reason: answer.reason ?? '' }, actor, now)];
  const data = {
    ...common,
    candidateName: offer.candidate.name,
    positionTitle: offer.positionTitle,
    departmentName: offer.departmentName,
    grade: offer.grade,
    startDate: offer.startDate,
    workLocation: offer.workLocation,
    contractType: offer.contract.type,
    contractYears: offer.contract.years,
    probationMonths: offer.probation.months,
    reportingManager: { userId: offer.reportingManager.userId || undefined, name: offer.reportingManager.name },
  };
  return [offerEvent(OfferAccepted, data, actor, now)];
}
