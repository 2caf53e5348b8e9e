import { DomainError } from '@hr/workflow';
import type { OfferTerms } from './offer';
import { ViolationCollector } from './validation-collector';

/** An offer is made only for an application the pipeline has moved to this stage. */
export const OFFER_STAGE = 'offer';

/** What the resume service says about the application. */
export interface ApplicationFacts {
  id: string;
  candidateId: string;
  requisitionId: string;
  stage: string;
}

/** What the resume service says about the person. */
export interface CandidateFacts {
  id: string;
  name: string;
  email?: string;
}

/** What the requisition service says about the hiring demand. */
export interface RequisitionFacts {
  id: string;
  positionId: string;
  positionTitle: string;
  departmentId: string;
}

/** The request may repeat the application's candidate and requisition, never contradict them. */
export function assertOfferApplication(application: ApplicationFacts, requested: Pick<OfferTerms, 'candidateId' | 'requisitionId'>): void {
  if (application.stage !== OFFER_STAGE) {
    throw DomainError.conflict(
      'APPLICATION_NOT_IN_OFFER_STAGE',
      `application ${application.id} is at stage ${application.stage}; an offer needs it at stage ${OFFER_STAGE}`,
    );
  }
  const v = new ViolationCollector();
  for (const field of ['candidateId', 'requisitionId'] as const) {
    const given = requested[field].trim();
    v.check(!given || given === application[field], field, 'mismatch');
  }
  v.throwIfAny();
}

/**
 * The terms with who and what the offer is for taken from the services that own them. The caller keeps
 * the letter's language, the department's display name (no service holds one) and every term of the offer.
 */
export function withFacts(
  requested: OfferTerms,
  facts: { application: ApplicationFacts; candidate: CandidateFacts; requisition: RequisitionFacts },
): OfferTerms {
  const { application, candidate, requisition } = facts;
  assertOfferApplication(application, requested);
  if (!candidate.name.trim()) {
    throw DomainError.conflict('CANDIDATE_NAME_MISSING', `candidate ${candidate.id} has no name in the talent pool; add it there first`);
  }
  if (!candidate.email?.trim()) {
    throw DomainError.conflict('CANDIDATE_EMAIL_MISSING', `candidate ${candidate.id} has no e-mail address in the talent pool; add one there first`);
  }
  return {
    ...requested,
    applicationId: application.id,
    candidateId: application.candidateId,
    requisitionId: application.requisitionId,
    candidate: { name: candidate.name, email: candidate.email, locale: requested.candidate.locale },
    positionId: requisition.positionId,
    positionTitle: requisition.positionTitle,
    departmentId: requisition.departmentId,
  };
}
