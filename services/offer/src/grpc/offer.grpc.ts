import { offerV1 } from '@hr/contracts';
import { CallInfo, pageRequest, requirePrincipal } from '@hr/platform';
import { createOffer } from '../app/create-offer';
import { decideOffer } from '../app/decide-offer';
import type { OfferDeps } from '../app/ports';
import { getOffer, listOffers } from '../app/query-offers';
import { submitOffer } from '../app/submit-offer';
import { updateOffer } from '../app/update-offer';
import { withdrawOffer } from '../app/withdraw-offer';
import type { Offer, OfferStatus } from '../domain/offer';
import { fromProtoTerms, toProtoOffer } from './offer.mapper';

const one = (offer: Offer) => ({ offer: toProtoOffer(offer) });

/** Drafting, approval and queries: every call acts for the principal the gateway signed. */
export function offerHandlers(deps: OfferDeps) {
  return {
    createOffer: async (req: offerV1.CreateOfferRequest, call: CallInfo) =>
      one(await createOffer(deps, fromProtoTerms(req.terms), requirePrincipal(call))),
    updateOffer: async (req: offerV1.UpdateOfferRequest, call: CallInfo) =>
      one(await updateOffer(deps, { id: req.id, terms: fromProtoTerms(req.terms), expectedVersion: req.expectedVersion }, requirePrincipal(call))),
    submitOffer: async (req: offerV1.SubmitOfferRequest, call: CallInfo) => one(await submitOffer(deps, req.id, requirePrincipal(call))),
    approveOffer: async (req: offerV1.ApproveOfferRequest, call: CallInfo) =>
      one(await decideOffer(deps, { id: req.id, decision: 'approved', comment: req.comment }, requirePrincipal(call))),
    rejectOffer: async (req: offerV1.RejectOfferRequest, call: CallInfo) =>
      one(await decideOffer(deps, { id: req.id, decision: 'rejected', comment: req.comment }, requirePrincipal(call))),
    returnOffer: async (req: offerV1.ReturnOfferRequest, call: CallInfo) =>
      one(await decideOffer(deps, { id: req.id, decision: 'returned', comment: req.comment }, requirePrincipal(call))),
    withdrawOffer: async (req: offerV1.WithdrawOfferRequest, call: CallInfo) =>
      one(await withdrawOffer(deps, { id: req.id, reason: req.reason }, requirePrincipal(call))),
    getOffer: async (req: offerV1.GetOfferRequest, call: CallInfo) => one(await getOffer(deps, req.id, requirePrincipal(call))),
    listOffers: async (req: offerV1.ListOffersRequest, call: CallInfo) => {
      const principal = requirePrincipal(call);
      const page = pageRequest(req.page);
      const filter = {
        statuses: req.statuses as OfferStatus[],
        approvedOnly: req.approvedOnly,
        applicationId: req.applicationId,
        candidateId: req.candidateId,
        requisitionId: req.requisitionId,
        departmentId: req.departmentId,
        awaitingMe: req.awaitingMe,
      };
      const result = await listOffers(deps, filter, page, principal);
      return { offers: result.items.map(toProtoOffer), page: { ...page, total: result.total } };
    },
  };
}
