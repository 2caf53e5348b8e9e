import { CandidateResponded } from '@hr/contracts';
import { DomainError } from '@hr/workflow';
import { respondAsCandidate } from '../domain/interview-lifecycle';
import { interviewEvent, interviewRef } from './interview-events';
import { applied, loadInterview, retryOnConflict } from './load-interview';
import type { InterviewDeps, InterviewRecord, LinkAction } from './ports';

export const MAX_COMMENT_LENGTH = 1000;

const RESPONSES = { confirm: 'confirmed', decline: 'declined' } as const;

/** The token is the proof: signed, unexpired, and for the interview's current version. */
async function open(deps: InterviewDeps, token: string): Promise<{ record: InterviewRecord; action: LinkAction }> {
  const claims = deps.links.verify(token, deps.now());
  const record = await loadInterview(deps, claims.interviewId);
  deps.links.assertFor(claims, { interviewId: record.id, action: claims.action, sequence: record.sequence });
  return { record, action: claims.action };
}

/** What the link page shows before the candidate answers. */
export function describeResponseLink(deps: InterviewDeps, token: string): Promise<{ record: InterviewRecord; action: LinkAction }> {
  return open(deps, token);
}

/** The candidate confirms or declines; answering the same way twice changes nothing and tells nobody again. */
export function respondToInvitation(deps: InterviewDeps, input: { token: string; comment?: string }): Promise<InterviewRecord> {
  const comment = input.comment?.trim() || undefined;
  if (comment && comment.length > MAX_COMMENT_LENGTH) {
    throw DomainError.invalid('comment', 'max_length', { max: MAX_COMMENT_LENGTH });
  }
  return retryOnConflict(async () => {
    const now = deps.now();
    const { record: current, action } = await open(deps, input.token);
    const response = RESPONSES[action];
    const answered = applied(current, respondAsCandidate(current, response, now));
    if (current.candidateResponse === response) return current;
    const data = { ...interviewRef(answered), response, comment, createdBy: answered.createdBy };
    return deps.interviews.save(answered, [interviewEvent(CandidateResponded, data, now)]);
  });
}
