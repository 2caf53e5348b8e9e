import { offerV1, requisitionV1, resumeV1 } from '@hr/contracts';
import { PromiseClient, createGrpcClient } from '@hr/platform';
import { EventProbe, dropDatabase, silentLogger, testEnv, uniqueName } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { requisitionConfigSchema } from '../../services/requisition/src/config';
import { startRequisitionService } from '../../services/requisition/src/requisition-service';
import { resumeConfigSchema } from '../../services/resume/src/config';
import { startResumeService } from '../../services/resume/src/resume-service';
import { OfferConfig, offerConfigSchema } from '../../services/offer/src/config';
import { RunningOfferService, startOfferService } from '../../services/offer/src/offer-service';

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
export type ResumeClient = PromiseClient<resumeV1.ResumeServiceClient>;
type RequisitionClient = PromiseClient<requisitionV1.RequisitionServiceClient>;

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

function client<C>(definition: Record<string, unknown>, Ctor: unknown, port: number): C {
  return createGrpcClient(definition, Ctor as never, { address: `127.0.0.1:${port}`, principalSecret: SECRET, deadlineMs: 20_000 }) as C;
}

/** The real requisition and resume services and the offer service in this process, isolated by names. */
export async function startSystem(options: { clock?: TestClock; overrides?: Record<string, string> } = {}): Promise<OfferSystem> {
  const { mongoUrl, amqpUrl } = testEnv();
  const logger = silentLogger();
  const shared = {
    MONGO_URL: mongoUrl,
    AMQP_URL: amqpUrl,
    AMQP_EXCHANGE: uniqueName('x'),
    AMQP_QUEUE_PREFIX: `${uniqueName('q')}.`,
    INTERNAL_TOKEN_SECRET: SECRET,
    GRPC_PORT: '0',
    OUTBOX_SWEEP_MS: '200',
    EVENT_RETRY_DELAYS_MS: '100,200',
    LOG_LEVEL: 'silent',
  };
  const probe = await EventProbe.start({ amqpUrl, exchange: shared.AMQP_EXCHANGE, types: ['offer.#'] });
  const requisitionConfig = requisitionConfigSchema.parse({ ...shared, MONGO_DB: uniqueName('of_req') });
  const requisitionService = await startRequisitionService(requisitionConfig, logger);
  const requisitionUrl = `127.0.0.1:${requisitionService.grpcPort}`;
  const resumeConfig = resumeConfigSchema.parse({ ...shared, MONGO_DB: uniqueName('of_res'), REQUISITION_GRPC_URL: requisitionUrl });
  const resumeService = await startResumeService(resumeConfig, logger);
  const config = offerConfigSchema.parse({
    ...shared,
    MONGO_DB: uniqueName('offer'),
    REQUISITION_GRPC_URL: requisitionUrl,
    RESUME_GRPC_URL: `127.0.0.1:${resumeService.grpcPort}`,
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
  const requisitions = client<RequisitionClient>(requisitionV1.RequisitionServiceService, requisitionV1.RequisitionServiceClient, requisitionService.grpcPort);
  const resume = client<ResumeClient>(resumeV1.ResumeServiceService, resumeV1.ResumeServiceClient, resumeService.grpcPort);
  const offers = client<OfferClient>(offerV1.OfferServiceService, offerV1.OfferServiceClient, service.grpcPort);
  const { requisitionId, positionId } = await openRequisition(requisitions);
  return {
    config,
    service,
    client: offers,
    resume,
    probe,
    clock,
    requisitionId,
    positionId,
    async stop() {
      for (const c of [requisitions, resume, offers]) c.close();
      await service.stop();
      await resumeService.stop();
      await requisitionService.stop();
      await probe.stop();
      for (const db of [config.MONGO_DB, resumeConfig.MONGO_DB, requisitionConfig.MONGO_DB]) await dropDatabase(mongoUrl, db);
    },
  };
}

/** A published requisition of the tech department, driven through the requisition service's own API. */
async function openRequisition(requisitions: RequisitionClient): Promise<{ requisitionId: string; positionId: string }> {
  const { position } = await requisitions.createPosition(
    { position: { title: POSITION_TITLE, departmentId: 'tech', level: 'P6', description: '', defaultRequirements: [], active: true } },
    { principal: hrManager },
  );
  const { requisition } = await requisitions.createRequisition(
    {
      requisition: {
        positionId: position!.id,
        departmentId: 'tech',
        headcount: 2,
        reason: 'expansion',
        reasonNote: '',
        requirements: ['五年以上 Java 开发经验'],
        salary: { min: '25000', max: '35000', currency: 'CNY' },
        workLocation: '上海',
        urgency: 'high',
      },
    },
    { principal: techHead },
  );
  const id = requisition!.id;
  await requisitions.submitRequisition({ id }, { principal: techHead });
  await requisitions.approveRequisition({ id, comment: '' }, { principal: techHead });
  await requisitions.approveRequisition({ id, comment: '同意' }, { principal: hrManager });
  return { requisitionId: id, positionId: position!.id };
}
