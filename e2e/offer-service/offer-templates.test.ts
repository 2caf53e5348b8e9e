import { OfferSent } from '@hr/contracts';
import { DomainError } from '@hr/platform';
import { EventProbe, rejectionOf } from '@hr/testing';
import { pdfText } from '../../services/offer/test/unit/pdf-text';
import { approvedOffer, freshTerms, modestPay } from './offer-applicants';
import { OfferClient, OfferSystem, hr, systemPerSuite, techHead } from './offer-harness';

const send = { toEmail: '', locale: '', templateId: '', templateVersion: 0 };
const javaTemplate = (positionId: string, subject: string) => ({
  positionId,
  locale: 'zh-CN',
  name: 'Java 岗位录用通知',
  subject,
  body: '# 录用通知\n\n{{candidate.name}}，您好：欢迎加入{{department.name}}，月薪 {{salary.monthlyBase}}。\n\n[接受]({{links.accept}})',
});

describe('offer-letter templates (real services, FerretDB, RabbitMQ)', () => {
  let system: OfferSystem;
  let client: OfferClient;
  let probe: EventProbe;
  /** The position of the system's requisition: every offer here is for it. */
  const template = (subject: string) => javaTemplate(system.positionId, subject);

  systemPerSuite((started) => {
    system = started;
    ({ client, probe } = system);
  });

  const sentEvent = (id: string, sequence = 1) =>
    probe.waitFor((e) => e.type === OfferSent.type && (e.data as any).offerId === id && (e.data as any).sequence === sequence);

  it('starts with a default template per language, as version 1', async () => {
    const { templates } = await client.listTemplates({ positionId: '' }, { principal: hr });
    expect(templates.map((t) => [t.locale, t.latestVersion, t.updatedBy])).toEqual([
      ['en', 1, 'system'],
      ['zh-CN', 1, 'system'],
    ]);
  });

  it('versions a position’s template; a sent offer keeps the exact version and letter it used', async () => {
    const first = await client.saveTemplate(template('录用通知 v1 – {{candidate.name}}'), { principal: hr });
    const second = await client.saveTemplate(template('录用通知 v2 – {{candidate.name}}'), { principal: hr });
    expect(second.template!.id).toBe(first.template!.id);
    expect([first.version!.version, second.version!.version, second.template!.latestVersion]).toEqual([1, 2, 2]);
    const templateId = second.template!.id;

    const id = await approvedOffer(client, await freshTerms(system, modestPay));
    await client.sendOffer({ id, ...send }, { principal: hr });
    const event = await sentEvent(id);
    expect(event.data).toMatchObject({ subject: '录用通知 v2 – 张三', template: { id: templateId, version: 2 } });

    await client.saveTemplate(template('录用通知 v3 – {{candidate.name}}'), { principal: hr });
    const { versions } = await client.listTemplateVersions({ templateId }, { principal: hr });
    expect(versions.map((v) => [v.version, v.subject])).toEqual([
      [1, '录用通知 v1 – {{candidate.name}}'],
      [2, '录用通知 v2 – {{candidate.name}}'],
      [3, '录用通知 v3 – {{candidate.name}}'],
    ]);
    expect((await client.getTemplateVersion({ templateId, version: 2 }, { principal: hr })).version!.subject).toContain('v2');
    const { sends } = await client.listSends({ id, includeContent: true }, { principal: hr });
    expect(sends[0].send).toMatchObject({ templateId, templateVersion: 2, subject: '录用通知 v2 – 张三' });
    expect(sends[0].text).toContain('月薪 ¥20,000.00');
  });

  it('falls back to the default of the candidate’s language', async () => {
    // The position has a zh-CN template only (saved above); the letter is to go out in English.
    const terms = await freshTerms(system, { ...modestPay, candidate: { name: '', email: '', locale: 'en' } }, 'Alex Chen');
    const id = await approvedOffer(client, terms);
    await client.sendOffer({ id, ...send }, { principal: hr });
    const event = (await sentEvent(id)).data as any;
    expect(event.subject).toBe('Offer of employment from 示例科技 – Java 开发工程师');
    expect(event.recipient.locale).toBe('en');
    expect(event.text).toContain('CNY 20,000.00');
  });

  it('refuses a template with an unknown variable, naming the field, and non-HR editors', async () => {
    const bad = await rejectionOf<DomainError>(client.saveTemplate({ ...template('x'), body: '{{candidate.fullName}}' }, { principal: hr }));
    expect(bad.kind).toBe('invalid_argument');
    expect(bad.violations[0]).toMatchObject({ field: 'body', rule: 'unknown_variable' });
    expect(await rejectionOf<DomainError>(client.saveTemplate(template('x'), { principal: techHead }))).toMatchObject({
      kind: 'permission_denied',
    });
  });

  it('previews unsaved content with sample data, and a stored version with an offer, as a PDF too', async () => {
    const inline = await client.previewTemplate(
      { templateId: '', templateVersion: 0, subject: '预览 {{candidate.name}}', body: '{{candidate.name}} {{salary.annualCash}}', locale: 'zh-CN', offerId: '', includePdf: true },
      { principal: hr },
    );
    expect(inline.subject).toBe('预览 张三');
    expect(await pdfText(inline.pdf)).toContain('¥447,200.00');

    const id = await approvedOffer(client, await freshTerms(system, modestPay, '李雷'));
    const { templates } = await client.listTemplates({ positionId: '', locale: 'zh-CN' }, { principal: hr });
    const stored = await client.previewTemplate(
      { templateId: templates[0].id, templateVersion: 0, subject: '', body: '', locale: '', offerId: id, includePdf: false },
      { principal: hr },
    );
    expect(stored.text).toContain('尊敬的李雷');
    expect(stored.text).toContain('https://example.com/offer/accept');
    expect(stored.pdf).toHaveLength(0);
  });
});
