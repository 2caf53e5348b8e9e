import type { Candidate, CandidateProfile } from '../domain/candidate';
import { contactsOf } from '../domain/candidate-rules';
import { CandidateIdentity, duplicateKeys, scoreDuplicate } from '../domain/duplicate-scoring';
import type { ResumeDeps } from './ports';

export type PersonMatch =
  | { verdict: 'same'; candidate: Candidate }
  | { verdict: 'possible'; candidate: Candidate; score: number; reasons: string[] }
  | { verdict: 'new' };

export function identityOf(profile: CandidateProfile, known?: Candidate): CandidateIdentity {
  const contacts = contactsOf(profile);
  return {
    name: profile.name,
    phones: [...contacts.phones, ...(known?.phones ?? [])],
    emails: [...contacts.emails, ...(known?.emails ?? [])],
    schools: (profile.education ?? []).map((e) => e.school).filter(Boolean),
    employers: (profile.workHistory ?? []).map((w) => w.employer).filter(Boolean),
  };
}

/** Is this the same person as someone in the pool: certainly (phone/e-mail), possibly (name + school/employer), or new? */
export async function detectPerson(deps: ResumeDeps, profile: CandidateProfile): Promise<PersonMatch> {
  const keys = duplicateKeys(identityOf(profile));
  const sameContact = await deps.candidates.findByContacts(keys.phones, keys.emails);
  if (sameContact.length || !keys.nameKey) return matchPerson(profile, sameContact, []);
  return matchPerson(profile, [], await deps.candidates.findByNameKey(keys.nameKey));
}

/**
 * The verdict from the people found by the person's contacts (oldest first: a blacklisted one wins,
 * else the original record) and by their name key.
 */
export function matchPerson(profile: CandidateProfile, sameContact: Candidate[], sameName: Candidate[]): PersonMatch {
  const certain = sameContact.find((c) => c.status === 'blacklisted') ?? sameContact[0];
  if (certain) return { verdict: 'same', candidate: certain };
  const identity = identityOf(profile);
  let best: PersonMatch = { verdict: 'new' };
  for (const candidate of sameName) {
    const result = scoreDuplicate(identity, identityOf(candidate.profile, candidate));
    if (result.verdict === 'same') return { verdict: 'same', candidate };
    if (result.verdict === 'possible' && (best.verdict === 'new' || result.score > best.score)) {
      best = { verdict: 'possible', candidate, score: result.score, reasons: result.reasons };
    }
  }
  return best;
}
