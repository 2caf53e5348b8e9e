import { randomUUID } from 'node:crypto';
import { offerV1 } from '@hr/contracts';
import {
  connectServiceRuntime,
  EventPublisher,
  grpcApplicationDirectory,
  grpcRequisitionFacts,
  GrpcServer,
  Logger,
  OnStop,
  OutboxRelay,
  ServiceRuntime,
  startWithCleanup,
  syncIndexes,
} from '@hr/platform';
import { seedDefaultTemplates } from './app/manage-templates';
import type { OfferDeps } from './app/ports';
import { OfferConfig, approvalLevels } from './config';
import { offerHandlers } from './grpc/offer.grpc';
import { sendingHandlers } from './grpc/sending.grpc';
import { templateHandlers } from './grpc/template.grpc';
import { answerLinkSecret, signedAnswerLinks } from './infra/answer-link';
import { DEFAULT_TEMPLATES } from './infra/letter/default-templates';
import { LetterComposer } from './infra/letter/letter-composer';
import { PdfFont, loadPdfFont } from './infra/letter/pdf-font';
import { mongoLetterRepository } from './infra/letter.repository';
import { offerModel } from './infra/offer.model';
import { mongoOfferRepository } from './infra/offer.repository';
import { mongoTemplateRepository } from './infra/template.repository';
import { OfferJobs, agendaOfferJobs } from './jobs/agenda-scheduler';
import { expireOfferJob } from './jobs/expire-offer.job';

export interface OfferServiceOptions {
  /** The service's clock (tests move it); agenda still fires on the real one. */
  now?: () => Date;
}

export interface RunningOfferService {
  grpcPort: number;
  deps: OfferDeps;
  relay: OutboxRelay;
  publisher: EventPublisher;
  stop(): Promise<void>;
}

interface OfferParts {
  relay: OutboxRelay;
  jobs: OfferJobs;
  font: PdfFont;
  directories: Pick<OfferDeps, 'applications' | 'requisitions'>;
  now: () => Date;
}

function offerDeps(runtime: ServiceRuntime, config: OfferConfig, parts: OfferParts): OfferDeps {
  const { connection } = runtime;
  return {
    offers: mongoOfferRepository(connection, parts.relay),
    ...parts.directories,
    letters: mongoLetterRepository(connection),
    templates: mongoTemplateRepository(connection),
    composer: new LetterComposer({ companyName: config.COMPANY_NAME, timeZone: config.COMPANY_TIMEZONE, font: parts.font }),
    links: signedAnswerLinks({ secret: answerLinkSecret(config), publicBaseUrl: config.PUBLIC_BASE_URL }),
    expiry: parts.jobs.expiry,
    approvalLevels: approvalLevels(config),
    timeZone: config.COMPANY_TIMEZONE,
    companyName: config.COMPANY_NAME,
    now: parts.now,
    newId: randomUUID,
  };
}

/** The resume and requisition services, which own who and what an offer is for. */
function directories(config: OfferConfig) {
  const options = { principalSecret: config.INTERNAL_TOKEN_SECRET };
  const resume = grpcApplicationDirectory({ ...options, address: config.RESUME_GRPC_URL });
  const requisitions = grpcRequisitionFacts({ ...options, address: config.REQUISITION_GRPC_URL });
  return {
    deps: { applications: resume.directory, requisitions: requisitions.directory },
    close() {
      resume.close();
      requisitions.close();
    },
  };
}

/** Wires the offer service: database, broker, outbox relay, resume/requisition clients, expiry jobs and gRPC server. */
export function startOfferService(config: OfferConfig, logger: Logger, options: OfferServiceOptions = {}): Promise<RunningOfferService> {
  return startWithCleanup(logger, (onStop) => wire(config, logger, options, onStop));
}

async function wire(config: OfferConfig, logger: Logger, options: OfferServiceOptions, onStop: OnStop): Promise<Omit<RunningOfferService, 'stop'>> {
  // The font first: without it no letter can be made, and the message says what to install.
  const font = loadPdfFont(config.OFFER_PDF_FONT, config.OFFER_PDF_FONT_FAMILY);
  const runtime = await connectServiceRuntime(config, logger);
  onStop(() => runtime.close());
  const { connection, publisher } = runtime;
  const relay = new OutboxRelay({ models: [offerModel(connection)], publisher, logger, sweepIntervalMs: config.OUTBOX_SWEEP_MS });
  onStop(() => relay.stop());
  const clients = directories(config);
  onStop(() => clients.close());
  const jobs = agendaOfferJobs(connection.db!, config, logger);
  onStop(() => jobs.stop());
  const deps = offerDeps(runtime, config, { relay, jobs, font, directories: clients.deps, now: options.now ?? (() => new Date()) });
  await syncIndexes(connection);
  await seedDefaultTemplates(deps, DEFAULT_TEMPLATES);
  await jobs.start(expireOfferJob(deps, logger));
  relay.start();
  const grpc = GrpcServer.fromConfig(config, logger);
  onStop(() => grpc.stop());
  grpc.add(offerV1.OfferServiceService, { ...offerHandlers(deps), ...sendingHandlers(deps), ...templateHandlers(deps) });
  const grpcPort = await grpc.start();
  return { grpcPort, deps, relay, publisher };
}
