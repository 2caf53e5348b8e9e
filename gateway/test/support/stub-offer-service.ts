import type { ServiceDefinition } from '@grpc/grpc-js';
import { offerV1 } from '@hr/contracts';
import { CallInfo, DomainError, GrpcServer, createLogger, requirePrincipal } from '@hr/platform';
import { APPLICATION_FACTS, AT, describeStatus, stubLetter, stubOffer } from './stub-offer-fixtures';
import type { RecordedCall } from './stub-requisition-service';

type Offer = offerV1.Offer;
type Link = offerV1.DescribeAnswerLinkResponse;

/** The default chain: HR manager → department head → general manager. */
export const LEVELS = ['hr_manager', 'dept_manager', 'general_manager'] as const;
const isHr = (call: CallInfo) => requirePrincipal(call).roles.some((role) => role === 'hr' || role === 'hr_manager');

/**
 * An in-memory OfferService on a real gRPC server with the rules the gateway must relay: HR only for
 * drafting and sending (403), the current level's approver only (403 NOT_CURRENT_APPROVER), only approved
 * offers go out (409 OFFER_NOT_APPROVED), optimistic versions (409), a probation pay rule named as the
 * service names it, and answer links from `links` (an Error there is the refusal). Calls are recorded.
 */
export async function startStubOfferService(principalSecret: string) {
  const calls: RecordedCall[] = [];
  const offers = new Map<string, Offer>();
  const links = new Map<string, Link | Error>();
  const templates = new Map<string, { template: offerV1.OfferTemplate; versions: offerV1.TemplateVersion[] }>();
  let next = 1;
  const get = (id: string) => offers.get(id) ?? (() => { throw DomainError.notFound('OFFER_NOT_FOUND', id); })();
  const save = (offer: Offer) => (offers.set(offer.id, offer), { offer });
  const change = (id: string, patch: Partial<Offer>) => save({ ...get(id), ...patch, version: get(id).version + 1 });
  const requireHr = (call: CallInfo) => {
    if (!isHr(call)) throw DomainError.forbidden('OFFER_FORBIDDEN', 'only HR may do this');
  };
  const link = (token: string) => {
    const found = links.get(token) ?? DomainError.forbidden('OFFER_LINK_INVALID', 'the link is not valid');
    if (found instanceof Error) throw found;
    return found;
  };
  const checkTerms = (terms: offerV1.OfferTerms | undefined) => {
    const { salary, probation } = terms ?? {};
    if (probation?.monthlySalary && Number(probation.monthlySalary) < Number(salary?.monthlyBase) * 0.8) {
      throw DomainError.invalid('probation.monthlySalary', 'min_percent', { percent: 80 });
    }
  };
  const decide = (request: { id: string; comment: string }, call: CallInfo, decision: 'approved' | 'rejected' | 'returned') => {
    const offer = get(request.id);
    const approval = offer.approval;
    if (offer.status !== 'pending_approval' || !approval) throw DomainError.conflict('OFFER_NOT_PENDING_APPROVAL', 'not pending approval');
    const level = LEVELS[approval.current];
    const principal = requirePrincipal(call);
    if (!principal.roles.includes(level)) throw DomainError.forbidden('NOT_CURRENT_APPROVER', `only the ${level} approver can decide now`);
    const record = { round: approval.round, level: approval.current, levelKey: level, decision, by: principal.userId, byName: principal.name ?? '', at: AT, comment: request.comment };
    const last = approval.current === LEVELS.length - 1;
    const advanced = decision === 'approved' && !last;
    const history = [...approval.history, record];
    const status = advanced ? 'pending_approval' : decision;
    return change(offer.id, { status, approval: { ...approval, history, current: approval.current + (advanced ? 1 : 0), closed: !advanced } });
  };
  const page = (request: { page?: { page: number; pageSize: number } }, total: number) => ({ page: request.page?.page ?? 1, pageSize: request.page?.pageSize ?? 20, total });
  const saveVersion = (request: offerV1.SaveTemplateRequest, by: string) => {
    const id = `tpl-${request.positionId || 'default'}-${request.locale}`;
    const entry = templates.get(id) ?? { template: offerV1.OfferTemplate.fromPartial({ id, positionId: request.positionId, locale: request.locale, createdAt: AT }), versions: [] };
    const { name, subject, body } = request;
    const version = offerV1.TemplateVersion.fromPartial({ name, subject, body, templateId: id, version: entry.versions.length + 1, createdBy: by, createdAt: AT });
    const template = { ...entry.template, name: request.name, latestVersion: version.version, updatedAt: AT, updatedBy: by };
    templates.set(id, { template, versions: [...entry.versions, version] });
    return { template, version };
  };
  const versionOf = (templateId: string, version: number) => {
    const entry = templates.get(templateId);
    const found = entry && (version ? entry.versions.find((v) => v.version === version) : entry.versions.at(-1));
    if (!entry || !found) throw DomainError.notFound('TEMPLATE_VERSION_NOT_FOUND', `${templateId}@${version || 'latest'}`);
    return { template: entry.template, version: found };
  };

  const handlers: Record<string, (request: any, call: CallInfo) => unknown> = {
    createOffer: (request: offerV1.CreateOfferRequest, call) => {
      requireHr(call);
      checkTerms(request.terms);
      const locale = request.terms?.candidate?.locale || 'zh-CN';
      const terms = { ...request.terms!, ...APPLICATION_FACTS, candidate: { ...APPLICATION_FACTS.candidate, locale }, departmentId: 'd1' };
      return save(stubOffer(`of${next++}`, { createdBy: requirePrincipal(call).userId }, terms));
    },
    updateOffer: (request: offerV1.UpdateOfferRequest, call) => {
      requireHr(call);
      const current = get(request.id);
      if (request.expectedVersion && request.expectedVersion !== current.version) {
        throw new DomainError('aborted', 'CONCURRENT_MODIFICATION', 'the offer changed since it was read; reload and retry');
      }
      if (!['draft', 'returned'].includes(current.status)) throw DomainError.conflict('OFFER_NOT_EDITABLE', 'not editable');
      checkTerms(request.terms);
      return change(request.id, { terms: request.terms });
    },
    submitOffer: (request, call) => {
      requireHr(call);
      const round = (get(request.id).approval?.round ?? 0) + 1;
      return change(request.id, { status: 'pending_approval', approval: { round, levelKeys: [...LEVELS], current: 0, closed: false, history: [] } });
    },
    approveOffer: (request, call) => decide(request, call, 'approved'),
    rejectOffer: (request, call) => decide(request, call, 'rejected'),
    returnOffer: (request, call) => decide(request, call, 'returned'),
    withdrawOffer: (request, call) => (requireHr(call), change(request.id, { status: 'withdrawn', withdrawReason: request.reason })),
    getOffer: (request) => ({ offer: get(request.id) }),
    listOffers: (request) => ({ offers: [...offers.values()], page: page(request, offers.size) }),
    sendOffer: (request: offerV1.SendOfferRequest, call) => {
      requireHr(call);
      const offer = get(request.id);
      if (offer.status === 'expired') throw DomainError.conflict('OFFER_EXPIRED', 'the offer expired');
      if (offer.status !== 'approved' && offer.status !== 'sent') {
        throw DomainError.conflict('OFFER_NOT_APPROVED', `only an approved offer can be sent; this one is ${describeStatus(offer.status)}`);
      }
      const terms = offer.terms!;
      const send = offerV1.OfferSend.fromPartial({
        sequence: offer.sends.length + 1,
        sentAt: AT,
        sentBy: requirePrincipal(call).userId,
        toEmail: request.toEmail || terms.candidate!.email,
        toName: terms.candidate!.name,
        locale: request.locale || terms.candidate!.locale,
        templateId: request.templateId || 'tpl-default-zh-CN',
        templateVersion: request.templateVersion || 1,
        subject: '录用通知书',
        round: offer.approval?.round ?? 0,
        letterId: `letter-${offer.sends.length + 1}`,
      });
      const sends = [...offer.sends, send];
      return { ...change(offer.id, { status: 'sent', sends, sendCount: sends.length }), send };
    },
    listSends: (request: offerV1.ListSendsRequest) => {
      const offer = get(request.id);
      return { sends: offer.sends.map((send) => stubLetter(send, request.includeContent)), sendCount: offer.sends.length };
    },
    recordAnswer: (request: offerV1.RecordAnswerRequest, call) => {
      requireHr(call);
      if (request.answer !== 'negotiated') {
        const answer = { answer: request.answer, via: 'verbal', by: requirePrincipal(call).userId, at: AT, reason: request.comment };
        return change(request.id, { status: request.answer, answer });
      }
      const offer = get(request.id);
      const terms = { ...offer.terms!, salary: request.salary ?? offer.terms!.salary, startDate: request.startDate ?? offer.terms!.startDate };
      return change(request.id, { status: 'pending_approval', terms });
    },
    describeAnswerLink: (request) => link(request.token),
    answerByLink: (request: offerV1.AnswerByLinkRequest) => {
      const found = link(request.token);
      if (found.action === 'decline' && !request.reason) throw DomainError.invalid('reason', 'required');
      const offerStatus = found.action === 'decline' ? 'declined' : 'accepted';
      links.set(request.token, { ...found, offerStatus });
      return { offerStatus, locale: found.locale };
    },
    saveTemplate: (request, call) => (requireHr(call), saveVersion(request, requirePrincipal(call).userId)),
    listTemplates: () => ({ templates: [...templates.values()].map((entry) => entry.template) }),
    listTemplateVersions: (request) => ({ versions: templates.get(request.templateId)?.versions ?? [] }),
    getTemplateVersion: (request) => versionOf(request.templateId, request.version),
    previewTemplate: (request: offerV1.PreviewTemplateRequest, call) => {
      requireHr(call);
      const content = request.templateId ? versionOf(request.templateId, request.templateVersion).version : request;
      const pdf = request.includePdf ? Buffer.from('%PDF-1.7 preview') : Buffer.alloc(0);
      return { subject: content.subject, html: `<h1>${content.subject}</h1>`, text: content.body, pdf };
    },
  };
  const server = new GrpcServer({ port: 0, bindAddress: '127.0.0.1', principalSecret, logger: createLogger('stub', 'silent') });
  const recorded = Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [
      method,
      async (request: unknown, call: CallInfo) => (calls.push({ method, request, call }), handler(request, call)),
    ]),
  );
  server.add(offerV1.OfferServiceService as unknown as ServiceDefinition, recorded as never);
  const port = await server.start();
  return {
    address: `127.0.0.1:${port}`,
    calls,
    offers,
    links,
    stop: () => server.stop(),
    last: (method: string) => calls.filter((c) => c.method === method).pop(),
  };
}

export type StubOfferService = Awaited<ReturnType<typeof startStubOfferService>>;
