import type { Principal } from '@hr/workflow';
import type { OfferSend } from '../domain/offer';
import { assertMayManage } from '../domain/offer-access';
import { loadVisibleOffer } from './load-offer';
import type { OfferDeps, StoredLetter } from './ports';

export interface SendWithLetter {
  send: OfferSend;
  letter?: StoredLetter;
}

/** Every send of an offer (when, by whom, to which address, which template version), with the letters if asked. */
export async function listSends(
  deps: OfferDeps,
  input: { id: string; includeContent: boolean },
  principal: Principal,
): Promise<{ sends: SendWithLetter[]; sendCount: number }> {
  const offer = await loadVisibleOffer(deps, input.id, principal);
  if (input.includeContent) assertMayManage(principal, 'read the letters of');
  const letters = input.includeContent ? await deps.letters.listForOffer(offer.id) : [];
  const byId = new Map(letters.map((letter) => [letter.id, letter]));
  const sends = offer.sends.map((send) => ({ send, letter: byId.get(send.letterId) }));
  return { sends, sendCount: offer.sends.length };
}
