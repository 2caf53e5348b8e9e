import { EventEnvelope, OfferSubmitted } from '@hr/contracts';
import { Principal, currentLevel } from '@hr/workflow';
import { annualCashCents, fromCents } from '../domain/money';
import type { Offer } from '../domain/offer';
import { submitOffer as submit } from '../domain/offer-lifecycle';
import { clockOf, loadVisibleOffer } from './load-offer';
import { offerEvent, offerRef } from './offer-events';
import type { OfferDeps } from './ports';

/** The event that opens an approval round, for a submission or a renegotiation. */
export function roundStarted(offer: Offer, cause: 'submitted' | 'negotiated', principal: Principal, now: Date): EventEnvelope {
  const approval = offer.approval!;
  return offerEvent(
    OfferSubmitted,
    {
      ...offerRef(offer),
      round: approval.round,
      awaitingLevel: currentLevel(approval)?.key ?? '',
      levelKeys: approval.levels.map((level) => level.key),
      annualCash: fromCents(annualCashCents(offer.salary)),
      cause,
    },
    principal,
    now,
  );
}

export async function submitOffer(deps: OfferDeps, id: string, principal: Principal): Promise<Offer> {
  const clock = clockOf(deps);
  const submitted = submit(await loadVisibleOffer(deps, id, principal), deps.approvalLevels, principal, clock);
  return deps.offers.save(submitted, [roundStarted(submitted, 'submitted', principal, clock.now)]);
}
