import { offerV1 } from '@hr/contracts';
import { PromiseClient } from '@hr/platform';
import { EventProbe, silentLogger, uniqueName } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { ResumeClient, openRequisition, pipelineSettings, serviceClient, startPipelineServices } from '../support/pipeline-services';
import { OfferConfig, offerConfigSchema } from '../../services/offer/src/config';
import { RunningOfferService, startOfferService } from '../../services/offer/src/offer-service';

export type { ResumeClient } from '../support/pipeline-services';

export const SECRET = 'integration-test-secret-0123456789abcdef';
export const PUBLIC_BASE_URL = 'https://hr.example.com';
/** The title of the system's position, as the requisition service reports it. */
export const POSITION_TITLE = 'Java 开发工程师';

export const hr: Principal = { userId: 'u-hr', roles: ['hr'], name: '王HR' };
export const hrManager: Principal = { userId: 'u-hrm', roles: ['hr_manager'], name: '赵经理' };
export const techHead: Principal = { userId: 'u-tech-head', roles: ['dept_manager'], departmentId: 'tech', name: '李四' };
export const generalManager: Principal = { userId: 'u-gm', roles: ['general_manager'], name: '周总' };

/** A clock the test moves: `offsetMs` shifts the offer service's time from the real one. */
export class TestClock {
  offsetMs = 0;
  readonly now = () => new Date(Date.now() + this.offsetMs);
}

export type OfferClient = PromiseClient<offerV1.OfferServiceClient>;

export interface OfferSystem {
  config: OfferConfig;
  service: RunningOfferService;
  client: OfferClient;
  resume: ResumeClient;
  /** Every offer.* event on the system's exchange. */
  probe: EventProbe;
  clock: TestClock;
  /** A published requisition of the tech department for the position titled POSITION_TITLE. */
  requisitionId: string;
  positionId: string;
  stop(): Promise<void>;
}

/** The deadline of every call to the system's services. */
const DEADLINE_MS = 20_000;

/** The system's requisition: the tech department's, published, for the position titled POSITION_TITLE. */
const techRequisition = {
  title: POSITION_TITLE,
  departmentId: 'tech',
  level: 'P6',
  headcount: 2,
  requirements: ['五年以上 Java 开发经验'],
  salary: { min: '25000', max: '35000' },
  manager: techHead,
  hrManager,
};

/** The real requisition and resume services and the offer service in this process, isolated by names. */
export async function startSystem(options: { clock?: TestClock; overrides?: Record<string, string> } = {}): Promise<OfferSystem> {
  const logger = silentLogger();
  const shared = pipelineSettings(SECRET);
  const probe = await EventProbe.start({ amqpUrl: shared.AMQP_URL, exchange: shared.AMQP_EXCHANGE, types: ['offer.#'] });
  const pipeline = await startPipelineServices(shared, { prefix: 'of', logger, deadlineMs: DEADLINE_MS });
  const config = offerConfigSchema.parse({
    ...shared,
    MONGO_DB: uniqueName('offer'),
    REQUISITION_GRPC_URL: pipeline.requisitionUrl,
    RESUME_GRPC_URL: pipeline.resumeUrl,
    AGENDA_PROCESS_EVERY_MS: '200',
    // Agenda keeps a timer of half the lock alive after a run: short, so jest can exit.
    AGENDA_LOCK_LIFETIME_MS: '1000',
    OFFER_GM_APPROVAL_ABOVE: '400000',
    COMPANY_NAME: '示例科技',
    PUBLIC_BASE_URL,
    ...options.overrides,
  });
  const clock = options.clock ?? new TestClock();
  const service = await startOfferService(config, logger, { now: clock.now });
  const offers = serviceClient<OfferClient>(offerV1.OfferServiceService, offerV1.OfferServiceClient, service.grpcPort, {
    secret: SECRET,
    deadlineMs: DEADLINE_MS,
  });
  const { requisitionId, positionId } = await openRequisition(pipeline.requisitions, techRequisition);
  return {
    config,
    service,
    client: offers,
    resume: pipeline.resume,
    probe,
    clock,
    requisitionId,
    positionId,
    stop: () => pipeline.stopWith({ client: offers, service, probe, database: config.MONGO_DB }),
  };
}

/** One system for the enclosing describe block: started before its tests, handed to `use`, stopped after them. */
export function systemPerSuite(use: (system: OfferSystem) => void, options?: Parameters<typeof startSystem>[0]): void {
  let system: OfferSystem | undefined;

  beforeAll(async () => {
    system = await startSystem(options);
    use(system);
  });

  afterAll(async () => {
    await system?.stop();
  });
}
