import { randomUUID } from 'node:crypto';
import {
  ApplicationStageChanged,
  CandidateResponded,
  EvaluationSubmitted,
  InterviewCancelled,
  InterviewRescheduled,
  InterviewScheduled,
  NoShowRecorded,
  OfferAccepted,
  OfferDeclined,
  OfferExpired,
  RoundDecided,
  eventCatalog,
  resumeV1,
} from '@hr/contracts';
import {
  EventHandler,
  GrpcServer,
  Logger,
  OnStop,
  OutboxRelay,
  connectServiceRuntime,
  serviceConsumerOptions,
  startConsumer,
  startWithCleanup,
  syncIndexes,
} from '@hr/platform';
import { OFFER_TIMELINE_TYPES } from './app/offer-timeline';
import { searchRefresher } from './app/refresh-search';
import type { ResumeConfig } from './config';
import { candidateHiredHandler } from './events/candidate-hired.handler';
import { interviewCancelledHandler } from './events/interview-cancelled.handler';
import { interviewRescheduledHandler } from './events/interview-rescheduled.handler';
import { interviewScheduledHandler } from './events/interview-scheduled.handler';
import { offerAcceptedHandler } from './events/offer-accepted.handler';
import { offerDeclinedHandler } from './events/offer-declined.handler';
import { offerExpiredHandler } from './events/offer-expired.handler';
import { roundDecidedHandler } from './events/round-decided.handler';
import { timelineProjectionHandler } from './events/timeline-projection.handler';
import { applicationHandlers } from './grpc/applications.grpc';
import { candidateHandlers } from './grpc/candidates.grpc';
import type { ResumeHandlerDeps } from './grpc/handler-deps';
import { mongoApplicationRepository } from './infra/application.repository';
import { mongoCandidateRepository } from './infra/candidate.repository';
import { mongoCandidateSearchIndex } from './infra/candidate-search.index';
import { grpcRequisitionDirectory } from './infra/requisition-directory';
import { resumeModels } from './infra/resume.models';
import { gridFsFileStore } from './infra/gridfs-file.store';
import { mongoSuggestionRepository } from './infra/merge-suggestion.repository';
import { mongoTextStore } from './infra/resume-text.store';
import { mongoSavedFilterRepository } from './infra/saved-filter.repository';
import { mongoTimelineRepository } from './infra/timeline.repository';
import { extractText } from './infra/text-extraction';

export interface RunningResumeService {
  grpcPort: number;
  deps: ResumeHandlerDeps;
  stop(): Promise<void>;
}

/** Wires the resume service: database, GridFS, broker, outbox relay, consumer, requisition client, gRPC. */
export function startResumeService(config: ResumeConfig, logger: Logger): Promise<RunningResumeService> {
  return startWithCleanup(logger, (onStop) => wire(config, logger, onStop));
}

async function wire(config: ResumeConfig, logger: Logger, onStop: OnStop): Promise<Omit<RunningResumeService, 'stop'>> {
  const runtime = await connectServiceRuntime(config, logger);
  onStop(() => runtime.close());
  const { connection, amqp, publisher } = runtime;
  const models = resumeModels(connection);
  const relay = new OutboxRelay({ models: [models.candidates, models.applications], publisher, logger, sweepIntervalMs: config.OUTBOX_SWEEP_MS });
  const requisitions = grpcRequisitionDirectory({ address: config.REQUISITION_GRPC_URL, principalSecret: config.INTERNAL_TOKEN_SECRET });
  onStop(() => requisitions.close());
  const candidates = mongoCandidateRepository(models, relay);
  const applications = mongoApplicationRepository(models, relay);
  const texts = mongoTextStore(models);
  const index = mongoCandidateSearchIndex(connection);
  const deps: ResumeHandlerDeps = {
    candidates,
    applications,
    texts,
    index,
    files: gridFsFileStore(connection),
    reader: { extractText },
    requisitions: requisitions.directory,
    suggestions: mongoSuggestionRepository(models),
    search: searchRefresher({ candidates, applications, texts, index }),
    timeline: mongoTimelineRepository(models),
    savedFilters: mongoSavedFilterRepository(models),
    now: () => new Date(),
    newId: randomUUID,
  };
  await syncIndexes(connection);
  const projection = timelineProjectionHandler({ ...deps, commits: relay }, logger);
  const ownTypes = [...eventCatalog.keys()].filter((type) => type.startsWith('resume.'));
  const interviewFacts = [InterviewRescheduled, InterviewCancelled, CandidateResponded, NoShowRecorded, EvaluationSubmitted].map((e) => e.type);
  const facts = [...ownTypes, ...interviewFacts, ...OFFER_TIMELINE_TYPES];
  const handlers: Record<string, EventHandler> = Object.fromEntries(facts.map((type) => [type, projection]));
  // Several handlers of one type run in turn; each is idempotent, so a retry may safely repeat the first.
  const thenProject = (first: EventHandler): EventHandler => async (event) => {
    await first(event);
    await projection(event);
  };
  handlers[ApplicationStageChanged.type] = thenProject(candidateHiredHandler(deps, logger));
  handlers[InterviewScheduled.type] = thenProject(interviewScheduledHandler(deps, logger));
  handlers[InterviewRescheduled.type] = thenProject(interviewRescheduledHandler(deps, logger));
  handlers[InterviewCancelled.type] = thenProject(interviewCancelledHandler(deps, logger));
  handlers[RoundDecided.type] = thenProject(roundDecidedHandler(deps, logger));
  handlers[OfferAccepted.type] = thenProject(offerAcceptedHandler(deps, logger));
  handlers[OfferDeclined.type] = thenProject(offerDeclinedHandler(deps, logger));
  handlers[OfferExpired.type] = thenProject(offerExpiredHandler(deps, logger));
  await startConsumer(amqp, serviceConsumerOptions('resume', config, handlers), logger);
  relay.start();
  onStop(() => relay.stop());
  const grpc = GrpcServer.fromConfig(config, logger, { maxMessageBytes: config.GRPC_MAX_MESSAGE_BYTES });
  onStop(() => grpc.stop());
  grpc.add(resumeV1.ResumeServiceService, { ...candidateHandlers(deps), ...applicationHandlers(deps) });
  const grpcPort = await grpc.start();
  return { grpcPort, deps };
}
