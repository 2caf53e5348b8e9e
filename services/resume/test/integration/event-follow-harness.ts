import type { EventEnvelope } from '@hr/contracts';
import { EventProbe, dropDatabase, publishRaw, waitUntil } from '@hr/testing';
import type { ResumeConfig } from '../../src/config';
import { RunningResumeService, startResumeService } from '../../src/resume-service';
import type { InterviewRefs } from '../interview-fixtures';
import type { OfferRefs } from '../offer-fixtures';
import { recordingLogger } from './recording-logger';
import { DOCX_MIME, ResumeClient, chineseResume, docxOf, isolatedConfig, recruiter, resumeClient, startRequisitionStandIn } from './resume-harness';

export interface FollowHarnessOptions {
  /** What the probe listens to: the events the service publishes in answer. */
  probeTypes: string[];
  /** Words of the log line in which the service decides on a consumed event ('interview event', 'offer event'). */
  decisions: string;
  config?: Partial<ResumeConfig>;
}

interface Running {
  requisitions: Awaited<ReturnType<typeof startRequisitionStandIn>>;
  config: ResumeConfig;
  probe: EventProbe;
  service: RunningResumeService;
  client: ResumeClient;
}

/**
 * A resume service that follows other services' events, as the tests of those events need it: one open
 * requisition, a recording logger (its decisions are the sync point for "nothing happened") and a probe.
 * Built in the describe body, started in beforeAll; the helpers are fields so a test can destructure them.
 */
export class EventFollowHarness {
  readonly logged: ReturnType<typeof recordingLogger>['logged'];
  private readonly logger: ReturnType<typeof recordingLogger>['logger'];
  private parts: Partial<Running> = {};

  constructor(private readonly options: FollowHarnessOptions) {
    ({ logger: this.logger, logged: this.logged } = recordingLogger());
  }

  async start(): Promise<void> {
    const parts = this.parts;
    parts.requisitions = await startRequisitionStandIn({ 'req-open': { departmentId: 'sales', status: 'open' } });
    parts.config = { ...isolatedConfig(parts.requisitions.address), ...this.options.config };
    parts.probe = await EventProbe.start({ amqpUrl: parts.config.AMQP_URL, exchange: parts.config.AMQP_EXCHANGE, types: this.options.probeTypes });
    parts.service = await startResumeService(parts.config, this.logger);
    parts.client = resumeClient(parts.service);
  }

  async stop(): Promise<void> {
    const { client, service, probe, requisitions, config } = this.parts;
    client?.close();
    await service?.stop();
    await probe?.stop();
    await requisitions?.stop();
    if (config) await dropDatabase(config.MONGO_URL, config.MONGO_DB);
  }

  get client(): ResumeClient {
    return this.started().client;
  }

  get probe(): EventProbe {
    return this.started().probe;
  }

  readonly publish = (event: EventEnvelope) => {
    const { config } = this.started();
    return publishRaw({ amqpUrl: config.AMQP_URL, exchange: config.AMQP_EXCHANGE, routingKey: event.type, envelope: event });
  };

  readonly application = async (id: string) => (await this.client.getApplication({ id }, { principal: recruiter })).application!;

  /** The events of `type` the service published about one application. */
  readonly published = (type: string, applicationId: string) =>
    this.probe.ofType(type).filter((e) => (e.data as { applicationId: string }).applicationId === applicationId);

  /** Waits for the service's logged decision on a consumed event. */
  readonly decision = (eventId: string) =>
    waitUntil(() => this.logged.find((l) => l.fields?.eventId === eventId && l.message.includes(this.options.decisions)), { description: `the decision on ${eventId}` });

  readonly outcomeOf = (eventId: string, outcome: string) => this.logged.filter((l) => l.fields?.eventId === eventId && l.fields?.outcome === outcome);

  readonly failures = (eventId: string) => this.logged.filter((l) => l.fields?.eventId === eventId && l.message === 'event handler failed');

  /** A new candidate, from an uploaded Chinese resume, with an application to the open requisition. */
  readonly applicant = async (name: string, phone: string): Promise<OfferRefs> => {
    const data = await docxOf(chineseResume({ name, phone }));
    const { intake } = await this.client.uploadResume({ filename: '简历.docx', mimeType: DOCX_MIME, data, candidateId: '', requisitionId: 'req-open' }, { principal: recruiter });
    return { applicationId: intake!.application!.id, candidateId: intake!.candidate!.id, requisitionId: 'req-open' };
  };

  /** An applicant and the ids of the interview the interview service would invite them to. */
  readonly interviewee = async (name: string, phone: string): Promise<InterviewRefs> => ({ interviewId: `iv-${phone}`, ...(await this.applicant(name, phone)) });

  private started(): Running {
    if (!this.parts.client) throw new Error('the harness is not started (call start() in beforeAll)');
    return this.parts as Running;
  }
}
