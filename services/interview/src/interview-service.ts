import { randomUUID } from 'node:crypto';
import { interviewV1 } from '@hr/contracts';
import {
  backfillOnce,
  connectServiceRuntime,
  grpcApplicationDirectory,
  grpcRequisitionFacts,
  GrpcServer,
  Logger,
  OnStop,
  OutboxRelay,
  startWithCleanup,
  syncIndexes,
} from '@hr/platform';
import type { InterviewDeps } from './app/ports';
import { InterviewConfig, responseLinkSecret, roundOrderOf } from './config';
import { evaluationHandlers } from './grpc/evaluations.grpc';
import { interviewHandlers } from './grpc/interviews.grpc';
import { responseLinkHandlers } from './grpc/response-links.grpc';
import { interviewQueryFieldsBackfill } from './infra/interview.document';
import { interviewModel } from './infra/interview.model';
import { mongoInterviewRepository } from './infra/interview.repository';
import { icalendarInvitationWriter } from './infra/invitation-writer';
import { responseLinkVerifier } from './infra/response-link';
import { agendaScheduler } from './jobs/agenda-scheduler';

export interface StartOptions {
  /** The clock of the domain rules and the jobs; tests move it to act "after" an interview started. */
  now?: () => Date;
}

export interface RunningInterviewService {
  grpcPort: number;
  deps: InterviewDeps;
  relay: OutboxRelay;
  stop(): Promise<void>;
}

/** Wires the interview service: database, broker, outbox relay, resume/requisition clients, agenda jobs, gRPC. */
export function startInterviewService(config: InterviewConfig, logger: Logger, options: StartOptions = {}): Promise<RunningInterviewService> {
  return startWithCleanup(logger, (onStop) => wire(config, logger, options, onStop));
}

async function wire(config: InterviewConfig, logger: Logger, options: StartOptions, onStop: OnStop): Promise<Omit<RunningInterviewService, 'stop'>> {
  const now = options.now ?? (() => new Date());
  const runtime = await connectServiceRuntime(config, logger);
  onStop(() => runtime.close());
  const { connection, publisher } = runtime;
  const relay = new OutboxRelay({ models: [interviewModel(connection)], publisher, logger, sweepIntervalMs: config.OUTBOX_SWEEP_MS });
  const clientOptions = { principalSecret: config.INTERNAL_TOKEN_SECRET };
  const resume = grpcApplicationDirectory({ ...clientOptions, address: config.RESUME_GRPC_URL });
  onStop(() => resume.close());
  const requisitions = grpcRequisitionFacts({ ...clientOptions, address: config.REQUISITION_GRPC_URL });
  onStop(() => requisitions.close());
  const scheduler = agendaScheduler({
    db: connection.db!,
    reminderOffsetsMinutes: config.INTERVIEW_REMINDERS,
    jobs: config,
    now,
    logger,
  });
  const deps: InterviewDeps = {
    interviews: mongoInterviewRepository(connection, relay),
    applications: resume.directory,
    requisitions: requisitions.directory,
    invitations: icalendarInvitationWriter({
      organizer: config.INVITATION_ORGANIZER,
      uidDomain: config.INVITATION_UID_DOMAIN,
      publicBaseUrl: config.PUBLIC_BASE_URL,
      linkSecret: responseLinkSecret(config),
    }),
    links: responseLinkVerifier(responseLinkSecret(config)),
    jobs: scheduler,
    roundOrder: roundOrderOf(config),
    defaultTimeZone: config.COMPANY_TIMEZONE,
    now,
    newId: randomUUID,
  };
  await syncIndexes(connection);
  await backfillOnce(connection.db!, interviewQueryFieldsBackfill(interviewModel(connection).collection), logger);
  relay.start();
  onStop(() => relay.stop());
  // Registered before it starts: a start that fails half-way (say, while re-planning) still stops it.
  onStop(() => scheduler.stop());
  await scheduler.start(deps);
  const grpc = GrpcServer.fromConfig(config, logger);
  onStop(() => grpc.stop());
  grpc.add(interviewV1.InterviewServiceService, { ...interviewHandlers(deps), ...evaluationHandlers(deps), ...responseLinkHandlers(deps) });
  const grpcPort = await grpc.start();
  return { grpcPort, deps, relay };
}
