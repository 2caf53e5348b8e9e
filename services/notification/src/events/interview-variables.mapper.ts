import type { EventData, InterviewScheduled } from '@hr/contracts';
import { withoutUndefined } from '@hr/platform';
import { webUrl } from '../infra/templates/interview-variables';

export type InterviewSnapshot = EventData<typeof InterviewScheduled>['interview'];
export type Participant = InterviewSnapshot['candidate'];
export type Audience = 'candidate' | 'interviewer';

/** The templates' limit on one value: longer free text is cut rather than refusing the whole event. */
const MAX_TEXT = 2000;

/** Optional free text as the templates take it: trimmed, absent when blank, clipped to their limit. */
export function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, MAX_TEXT) : undefined;
}

/** A link the e-mail may make clickable (http or https), else absent: see unsafeLinks for the warning. */
export function optionalWebUrl(value: string | undefined): string | undefined {
  const trimmed = optionalText(value);
  return trimmed && webUrl.safeParse(trimmed).success ? trimmed : undefined;
}

/**
 * The interview details templates show, for one audience. Only the place that fits the format is
 * given (an address for on-site, a link for video, a number for phone); the candidate's own name and
 * the note to the candidate go to whoever they are meant for; fields the templates do not know are
 * left out rather than passed through.
 */
export function interviewDetailsFor(snapshot: InterviewSnapshot, audience: Audience): Record<string, unknown> {
  const { format } = snapshot;
  const names = snapshot.interviewers.map((i) => optionalText(i.name)).filter((name): name is string => name !== undefined);
  return withoutUndefined({
    audience,
    candidateName: audience === 'interviewer' ? optionalText(snapshot.candidate.name) : undefined,
    positionTitle: snapshot.positionTitle.trim().slice(0, MAX_TEXT),
    round: snapshot.round,
    startsAt: snapshot.startsAt,
    durationMinutes: snapshot.durationMinutes,
    format: format.kind,
    address: format.kind === 'onsite' ? optionalText(format.address) : undefined,
    room: format.kind === 'onsite' ? optionalText(format.room) : undefined,
    videoLink: format.kind === 'video' ? optionalWebUrl(format.link) : undefined,
    phoneNumber: format.kind === 'phone' ? optionalText(format.number) : undefined,
    interviewerNames: names.length ? names : undefined,
    note: audience === 'candidate' ? optionalText(snapshot.noteToCandidate) : undefined,
    contactName: optionalText(snapshot.contact?.name),
  });
}

/** Links given but not shown because they are not http(s): worth a warning, never a clickable link. */
export function unsafeLinks(links: Record<string, string | undefined>): string[] {
  return Object.entries(links)
    .filter(([, value]) => optionalText(value) !== undefined && optionalWebUrl(value) === undefined)
    .map(([name]) => name);
}
