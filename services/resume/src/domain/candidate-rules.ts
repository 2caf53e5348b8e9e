import { DomainError, Principal } from '@hr/workflow';
import type { Candidate, CandidateProfile, CandidateStatus, ExternalRef, ResumeFileRef, Sourcing } from './candidate';
import { normalizeEmail, normalizePhone } from './contact-normalization';

const unique = <T>(items: (T | undefined)[]): T[] => [...new Set(items.filter((i): i is T => i !== undefined && i !== ''))];

/** Contact points in canonical form, so the same person is recognised however they typed them. */
export function contactsOf(profile: CandidateProfile): { phones: string[]; emails: string[] } {
  return {
    phones: unique([profile.phone ? normalizePhone(profile.phone) : undefined]),
    emails: unique([profile.email ? normalizeEmail(profile.email) : undefined]),
  };
}

export function normalizeProfile(profile: CandidateProfile): CandidateProfile {
  const { phones, emails } = contactsOf(profile);
  return { ...profile, name: profile.name?.trim() || undefined, phone: phones[0] ?? profile.phone, email: emails[0] ?? profile.email };
}

export function newCandidate(input: {
  id: string;
  profile: CandidateProfile;
  source: Sourcing;
  tags?: string[];
  categories?: string[];
  resume?: ResumeFileRef;
  externalRef?: ExternalRef;
  needsManualEntry: boolean;
  principal: Principal;
  now: Date;
}): Candidate {
  const profile = normalizeProfile(input.profile);
  const { phones, emails } = contactsOf(profile);
  return {
    id: input.id,
    profile,
    phones,
    emails,
    tags: unique(input.tags ?? []),
    categories: unique(input.categories ?? []),
    source: input.source,
    status: 'active',
    statusHistory: [],
    needsManualEntry: input.needsManualEntry || !profile.name,
    resumes: input.resume ? [input.resume] : [],
    corrections: [],
    externalRefs: input.externalRef ? [input.externalRef] : [],
    createdBy: input.principal.userId,
    createdAt: input.now,
    updatedAt: input.now,
    version: 0,
  };
}

/** A newer resume of a known person: keeps what HR entered, fills only what was missing. */
export function attachResume(candidate: Candidate, input: { resume: ResumeFileRef; parsed?: CandidateProfile; externalRef?: ExternalRef; now: Date }): Candidate {
  assertUsable(candidate);
  const parsed = input.parsed ? normalizeProfile(input.parsed) : undefined;
  const profile = parsed ? fillBlanks(candidate.profile, parsed) : candidate.profile;
  const contacts = parsed ? contactsOf(parsed) : { phones: [], emails: [] };
  return {
    ...candidate,
    profile,
    phones: unique([...candidate.phones, ...contacts.phones]),
    emails: unique([...candidate.emails, ...contacts.emails]),
    resumes: [...candidate.resumes, input.resume],
    externalRefs: input.externalRef ? [...candidate.externalRefs, input.externalRef] : candidate.externalRefs,
    updatedAt: input.now,
  };
}

function fillBlanks(current: CandidateProfile, incoming: CandidateProfile): CandidateProfile {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(incoming)) {
    const existing = merged[key];
    const blank = existing === undefined || existing === '' || (Array.isArray(existing) && existing.length === 0);
    if (blank && value !== undefined) merged[key] = value;
  }
  return merged as unknown as CandidateProfile;
}

export function assertUsable(candidate: Candidate): void {
  if (candidate.status === 'merged') {
    throw DomainError.conflict('CANDIDATE_MERGED', `candidate ${candidate.id} was merged into ${candidate.mergedInto}`);
  }
}

export function classify(candidate: Candidate, tags: string[], categories: string[], now: Date): Candidate {
  assertUsable(candidate);
  const clean = (items: string[]) => unique(items.map((item) => item.trim()));
  return { ...candidate, tags: clean(tags), categories: clean(categories), updatedAt: now };
}

const STATUS_MOVES: Record<string, { from: CandidateStatus[]; to: CandidateStatus; needsReason: boolean }> = {
  archive: { from: ['active', 'former_employee'], to: 'archived', needsReason: true },
  restore: { from: ['archived'], to: 'active', needsReason: false },
  blacklist: { from: ['active', 'archived', 'former_employee', 'hired'], to: 'blacklisted', needsReason: true },
  unblacklist: { from: ['blacklisted'], to: 'active', needsReason: true },
  hire: { from: ['active', 'archived', 'former_employee'], to: 'hired', needsReason: false },
};

export type StatusMove = keyof typeof STATUS_MOVES;

export function moveStatus(candidate: Candidate, move: StatusMove, input: { reason?: string; principal: Principal; now: Date }): Candidate {
  assertUsable(candidate);
  const rule = STATUS_MOVES[move];
  const reason = input.reason?.trim();
  if (rule.needsReason && !reason) throw DomainError.invalid('reason', 'required');
  if (!rule.from.includes(candidate.status)) {
    throw DomainError.conflict('ILLEGAL_TRANSITION', `a ${candidate.status} candidate cannot be ${move}ed`);
  }
  const mark = { status: rule.to, reason, by: input.principal.userId, at: input.now };
  return { ...candidate, status: rule.to, statusHistory: [...candidate.statusHistory, mark], updatedAt: input.now };
}

/** The one answer a blacklisted person's new resume or application gets, whoever sends it. */
export function blacklistedError(): DomainError {
  return DomainError.conflict('CANDIDATE_BLACKLISTED', 'this person is blacklisted and cannot be added or apply');
}
