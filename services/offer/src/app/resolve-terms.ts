import { DomainError } from '@hr/workflow';
import type { OfferTerms } from '../domain/offer';
import { assertOfferApplication, withFacts } from '../domain/offer-facts';
import type { OfferDeps } from './ports';

/**
 * The requested terms with the candidate, requisition, position and department the resume and
 * requisition services hold for the application, looked up as the caller. The application is checked
 * before anything else is asked for, so a wrong one costs one call.
 */
export async function resolveTerms(deps: Pick<OfferDeps, 'applications' | 'requisitions'>, requested: OfferTerms): Promise<OfferTerms> {
  const applicationId = requested.applicationId.trim();
  if (!applicationId) throw DomainError.invalid('applicationId', 'required');
  const application = await deps.applications.application(applicationId);
  assertOfferApplication(application, requested);
  const [candidate, requisition] = await Promise.all([
    deps.applications.candidate(application.candidateId),
    deps.requisitions.requisition(application.requisitionId),
  ]);
  return withFacts(requested, { application, candidate, requisition });
}
