import type { EventEnvelope } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { interviewTimelineEntryOf } from '../app/interview-timeline';
import { offerTimelineEntryOf } from '../app/offer-timeline';
import type { SearchRefresher } from '../app/ports';
import { TimelineRepository, timelineEntryOf } from '../app/timeline';

/**
 * Every event about a person becomes a timeline entry (idempotent: the entry id is the event id) and
 * refreshes their search document — which also repairs the index after a crash between write and refresh.
 * Interview and offer facts are summarised (zh-CN/en) and stripped of contact details, links and pay.
 */
export function timelineProjectionHandler(deps: { timeline: TimelineRepository; search: SearchRefresher }, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const entry = offerTimelineEntryOf(event) ?? interviewTimelineEntryOf(event) ?? timelineEntryOf(event);
    if (!entry) return;
    await deps.timeline.append(entry);
    const data = event.data as { mergedCandidateId?: string };
    if (data.mergedCandidateId) await deps.timeline.reassign(data.mergedCandidateId, entry.candidateId);
    await deps.search.refresh(entry.candidateId);
    logger.debug({ eventId: event.id, type: event.type }, 'timeline updated');
  };
}
