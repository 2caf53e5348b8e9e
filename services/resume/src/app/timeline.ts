import type { EventEnvelope } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import { assertMayManageCandidates } from '../domain/candidate-access';
import type { Page } from './ports';

export interface TimelineEntry {
  id: string;
  candidateId: string;
  applicationId?: string;
  type: string;
  actorId?: string;
  at: Date;
  data: unknown;
}

export interface TimelineRepository {
  /** Idempotent: the entry id is the event id. */
  append(entry: TimelineEntry): Promise<void>;
  list(candidateId: string, page: Page): Promise<{ items: TimelineEntry[]; total: number }>;
  reassign(fromId: string, toId: string): Promise<void>;
}

/** Every fact about a person, from this service and (later) interviews, offers and employment. */
export function timelineEntryOf(event: EventEnvelope): TimelineEntry | undefined {
  const data = event.data as { candidateId?: string; applicationId?: string };
  if (!data?.candidateId) return undefined;
  return {
    id: event.id,
    candidateId: data.candidateId,
    applicationId: data.applicationId,
    type: event.type,
    actorId: event.actor?.userId,
    at: new Date(event.occurredAt),
    data: event.data,
  };
}

export function getTimeline(timeline: TimelineRepository, candidateId: string, page: Page, principal: Principal) {
  assertMayManageCandidates(principal);
  return timeline.list(candidateId, page);
}
