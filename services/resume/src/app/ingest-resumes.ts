import { DomainError, Principal } from '@hr/workflow';
import type { Candidate } from '../domain/candidate';
import { assertMayIngest } from '../domain/candidate-access';
import { duplicateKeys } from '../domain/duplicate-scoring';
import { identityOf, matchPerson } from './detect-person';
import { IngestInput, ingestIntake, ingestResume } from './ingest-resume';
import { newcomer } from './intake-person';
import type { ResumeDeps } from './ports';
import { assertProfileNames } from '../domain/profile-names';

export const MAX_INGEST_BATCH = 100;

export type IngestBatchItem = Omit<IngestInput, 'source' | 'file'>;

export interface IngestedResume {
  externalId: string;
  outcome: 'created' | 'attached' | 'suggested_merge' | 'replayed' | 'refused';
  candidateId?: string;
  applicationId?: string;
  refusal?: DomainError;
}

/**
 * A board's batch of structured resumes, each answered as its own post would be. People new to the
 * pool (the usual case) are found out with a few lookups for the whole batch and stored with one
 * write; everyone else — a replay, a known or possibly known person, one applying to a requisition,
 * or a second post of someone earlier in the batch — goes through the single post's use case, in order.
 */
export async function ingestResumes(deps: ResumeDeps, source: string, items: IngestBatchItem[], principal: Principal): Promise<IngestedResume[]> {
  assertMayIngest(principal);
  if (items.length > MAX_INGEST_BATCH) throw DomainError.invalid('items', 'max_items', { max: MAX_INGEST_BATCH });
  const inputs = items.map((item) => ({ ...item, source }));
  const newcomers = await findNewcomers(deps, inputs);
  const now = deps.now();
  const created = [...newcomers.values()].map((input) => newcomer(deps, ingestIntake(input), principal, now));
  await deps.candidates.createAll(created);
  await Promise.all(created.map(({ candidate }) => deps.search.refreshWith(candidate, [], []).catch(() => undefined)));
  const createdBy = new Map([...newcomers.keys()].map((index, k) => [index, created[k]!.candidate]));
  const results: IngestedResume[] = [];
  for (const [index, input] of inputs.entries()) {
    const candidate = createdBy.get(index);
    results.push(candidate ? { externalId: input.externalId, outcome: 'created', candidateId: candidate.id } : await ingestOne(deps, input, principal));
  }
  return results;
}

/** The batch's people certainly new to the pool and to the batch, by their index in it. */
async function findNewcomers(deps: ResumeDeps, inputs: IngestInput[]): Promise<Map<number, IngestInput>> {
  const profiles = inputs.map((input) => ingestIntake(input).profile);
  const keys = profiles.map((profile) => duplicateKeys(identityOf(profile)));
  const source = inputs[0]?.source ?? '';
  const [replays, byContact, byName] = await Promise.all([
    deps.candidates.findByExternalRefs(source, inputs.map((input) => input.externalId)),
    deps.candidates.findByContacts(keys.flatMap((k) => k.phones), keys.flatMap((k) => k.emails)),
    deps.candidates.findByNameKeys(keys.flatMap((k) => (k.nameKey ? [k.nameKey] : []))),
  ]);
  const byNameKey = new Map<string, Candidate[]>();
  for (const c of byName) {
    const key = duplicateKeys(identityOf(c.profile, c)).nameKey ?? '';
    byNameKey.set(key, [...(byNameKey.get(key) ?? []), c]);
  }
  const posted = new Set(replays.flatMap((c) => c.externalRefs.filter((r) => r.source === source).map((r) => r.externalId)));
  const seen = { phones: new Set<string>(), emails: new Set<string>(), names: new Set<string>(), ids: new Set<string>() };
  const newcomers = new Map<number, IngestInput>();
  inputs.forEach((input, index) => {
    const { phones, emails, nameKey } = keys[index]!;
    const repeatsBatch =
      seen.ids.has(input.externalId) || phones.some((p) => seen.phones.has(p)) || emails.some((e) => seen.emails.has(e)) || (!!nameKey && seen.names.has(nameKey));
    phones.forEach((p) => seen.phones.add(p));
    emails.forEach((e) => seen.emails.add(e));
    if (nameKey) seen.names.add(nameKey);
    seen.ids.add(input.externalId);
    if (repeatsBatch || posted.has(input.externalId) || input.requisitionId || !input.externalId.trim() || !namesValid(input)) return;
    const sameContact = byContact.filter((c) => c.phones.some((p) => phones.includes(p)) || c.emails.some((e) => emails.includes(e)));
    const sameName = (nameKey && byNameKey.get(nameKey)) || [];
    if (matchPerson(profiles[index]!, sameContact, sameName).verdict === 'new') newcomers.set(index, input);
  });
  return newcomers;
}

/** A resume whose names break the rule goes the single post's way, which refuses it with the reason. */
function namesValid(input: IngestInput): boolean {
  try {
    if (input.profile) assertProfileNames(input.profile);
    return true;
  } catch {
    return false;
  }
}

async function ingestOne(deps: ResumeDeps, input: IngestInput, principal: Principal): Promise<IngestedResume> {
  try {
    const { intake, replayed } = await ingestResume(deps, input, principal);
    const outcome = replayed ? 'replayed' : intake.outcome;
    return { externalId: input.externalId, outcome, candidateId: intake.candidate.id, applicationId: intake.application?.id };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { externalId: input.externalId, outcome: 'refused', refusal: error };
  }
}
