import type { EventEnvelope } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { interviewTimelineEntryOf } from '../app/interview-timeline';
import { offerTimelineEntryOf } from '../app/offer-timeline';
import type { SearchRefresher } from '../app/ports';
import { TimelineRepository, timelineEntryOf } from '../app/timeline';

/** When this process committed the write of one of its own events (OutboxRelay.committedAt). */
export interface CommitMarks {
  committedAt(eventId: string): number | undefined;
}

/**
 * Every event about a person becomes a timeline entry (idempotent: the entry id is the event id).
 * The resume service's own events also refresh the person's search document — which repairs the
 * index after a crash between write and refresh — unless this process already refreshed the person
 * after committing that write (the usual case: the use case refreshes right after its write).
 * Interview and offer events change nothing searchable (the stage moves they cause arrive as the
 * resume service's own events), so they skip that costly step.
 * Interview and offer facts are summarised (zh-CN/en) and stripped of contact details, links and pay.
 */
export function timelineProjectionHandler(deps: { timeline: TimelineRepository; search: SearchRefresher; commits: CommitMarks }, logger: Logger) {
  const alreadyReflected = async (event: EventEnvelope, candidateId: string) => {
    const committed = deps.commits.committedAt(event.id);
    return committed !== undefined && (await deps.search.reflects(candidateId, committed));
  };
  return async (event: EventEnvelope): Promise<void> => {
    const foreign = offerTimelineEntryOf(event) ?? interviewTimelineEntryOf(event);
    const entry = foreign ?? timelineEntryOf(event);
    if (!entry) return;
    await deps.timeline.append(entry);
    const data = event.data as { mergedCandidateId?: string };
    if (data.mergedCandidateId) await deps.timeline.reassign(data.mergedCandidateId, entry.candidateId);
    if (!foreign && !(await alreadyReflected(event, entry.candidateId))) await deps.search.refresh(entry.candidateId);
    logger.debug({ eventId: event.id, type: event.type }, 'timeline updated');
  };
}
