import { Principal, hasRole } from '@hr/workflow';
import type { Offer, OfferStatus } from '../domain/offer';
import { seesEverything } from '../domain/offer-access';
import { APPROVED_LIST_STATUSES } from '../domain/offer-status';
import { loadVisibleOffer } from './load-offer';
import type { OfferDeps, OfferFilter, Page } from './ports';

export function getOffer(deps: OfferDeps, id: string, principal: Principal): Promise<Offer> {
  return loadVisibleOffer(deps, id, principal);
}

export interface ListOffersInput extends Omit<OfferFilter, 'awaitingApprover'> {
  approvedOnly?: boolean;
  awaitingMe?: boolean;
}

/** With `approvedOnly`: OFFER列表, the offers past their last approval. */
export function listOffers(deps: OfferDeps, input: ListOffersInput, page: Page, principal: Principal): Promise<{ items: Offer[]; total: number }> {
  const { approvedOnly, awaitingMe, ...filter } = input;
  let statuses: OfferStatus[] | undefined = filter.statuses?.length ? filter.statuses : undefined;
  if (approvedOnly) statuses = (statuses ?? [...APPROVED_LIST_STATUSES]).filter((s) => APPROVED_LIST_STATUSES.includes(s));
  if (statuses?.length === 0) return Promise.resolve({ items: [], total: 0 });
  const query: OfferFilter = { ...filter, statuses, awaitingApprover: awaitingMe ? principal : undefined };
  if (seesEverything(principal)) return deps.offers.list(query, page);
  if (hasRole(principal, 'dept_manager') && principal.departmentId) {
    // A department head sees the offers of their department only.
    if (filter.departmentId && filter.departmentId !== principal.departmentId) return Promise.resolve({ items: [], total: 0 });
    return deps.offers.list({ ...query, departmentId: principal.departmentId }, page);
  }
  // Anyone else (an approver named by configuration) sees what awaits their decision.
  return deps.offers.list({ ...query, awaitingApprover: principal }, page);
}
