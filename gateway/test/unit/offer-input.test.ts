import type { z } from 'zod';
import { toViolations } from '../../src/middleware/validation';
import { toGatewayFields } from '../../src/routes/offer-facts';
import { mergeOfferTerms, toOfferTerms } from '../../src/routes/offer-input.mappers';
import { presentOffer, presentSend } from '../../src/routes/offer.mappers';
import { answerBody, createOfferBody, patchOfferBody, sendBody } from '../../src/routes/schemas/offer.schemas';
import { previewBody, templateVersionParams } from '../../src/routes/schemas/offer-template.schemas';
import { stubOffer, stubTerms } from '../support/stub-offer-fixtures';

const offer = {
  applicationId: 'app-1',
  grade: 'P6',
  salary: { monthlyBase: '30000', allowances: [{ name: '交通补贴', amount: '800' }] },
  probation: { months: 3, salary: '24000' },
  startDate: '2030-04-01',
  workLocation: '上海',
  contract: { type: 'fixed_term', years: 3 },
  reportingManager: { name: '王经理' },
  expiresAt: '2030-03-20T18:00:00+08:00',
};
const facts = { departmentName: '研发部', reportingManager: { userId: '', name: '王经理' } };

/** `field:rule` of each violation, as the API reports them. */
function rules(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : toViolations('body', result.error.issues, input).map((v) => `${v.field}:${v.rule}`);
}

describe('offer create body', () => {
  it('accepts the terms and fills the usual defaults', () => {
    expect(createOfferBody.parse(offer)).toMatchObject({
      salary: { monthlyBase: '30000', monthsPerYear: 12, bonus: '0', allowances: [{ name: '交通补贴', amount: '800' }] },
      contract: { type: 'fixed_term', years: 3 },
    });
    expect(rules(createOfferBody, { ...offer, contract: { type: 'open_ended' }, probation: { months: 0 } })).toEqual([]);
  });

  it.each([
    [{ salary: { monthlyBase: '30k' } }, 'salary.monthlyBase:pattern'],
    [{ salary: { monthlyBase: '30000.005' } }, 'salary.monthlyBase:pattern'],
    [{ salary: { monthlyBase: 30000 } }, 'salary.monthlyBase:type'],
    [{ salary: { monthlyBase: '0.00' } }, 'salary.monthlyBase:positive'],
    [{ salary: {} }, 'salary.monthlyBase:required'],
    [{ salary: { monthlyBase: '1', monthsPerYear: 19 } }, 'salary.monthsPerYear:max'],
    [{ salary: { monthlyBase: '1', bonus: '-5' } }, 'salary.bonus:pattern'],
    [{ salary: { monthlyBase: '1', allowances: [{ name: '餐补', amount: 'x' }] } }, 'salary.allowances.0.amount:pattern'],
    [{ salary: { monthlyBase: '1', allowances: [{ name: '餐补', amount: '1' }, { name: '餐补', amount: '2' }] } }, 'salary.allowances:unique'],
    [{ probation: { months: 3 } }, 'probation.salary:required'],
    [{ probation: { months: 0, salary: '100' } }, 'probation.salary:without_probation'],
    [{ probation: { months: 7, salary: '100' } }, 'probation.months:max'],
    [{ startDate: '2030/04/01' }, 'startDate:date'],
    [{ startDate: '2030-02-30' }, 'startDate:date'],
    [{ expiresAt: '2030-03-20T18:00:00' }, 'expiresAt:datetime'],
    [{ expiresAt: '2020-03-20T18:00:00+08:00' }, 'expiresAt:future'],
    [{ contract: { type: 'freelance' } }, 'contract.type:enum'],
    [{ reportingManager: {} }, 'reportingManager.name:required'],
    [{ reportingManager: { userId: 'boss' } }, 'reportingManager.userId:pattern'],
    [{ applicationId: 'app 1' }, 'applicationId:pattern'],
    [{ candidateLocale: 'fr' }, 'candidateLocale:enum'],
    [{ candidateId: 'c1' }, 'candidateId:unknown_key'],
    [{ grade: '' }, 'grade:min_length'],
  ])('refuses %j with %s', (change, expected) => {
    expect(rules(createOfferBody, { ...offer, ...change })).toContain(expected);
  });

  it('names every missing term', () => {
    expect(rules(createOfferBody, { applicationId: 'app-1' }).sort()).toEqual(
      ['contract', 'expiresAt', 'grade', 'probation', 'reportingManager', 'salary', 'startDate', 'workLocation'].map((f) => `${f}:required`),
    );
  });
});

describe('other offer bodies', () => {
  it('patches at least one term and never the application', () => {
    expect(rules(patchOfferBody, {})).toEqual(['body:non_empty']);
    expect(rules(patchOfferBody, { expectedVersion: 3 })).toEqual(['body:non_empty']);
    expect(rules(patchOfferBody, { applicationId: 'app-2' })).toContain('applicationId:unknown_key');
    expect(rules(patchOfferBody, { notes: '薪资已确认', expectedVersion: 2 })).toEqual([]);
  });

  it('records answers: a reason to decline, a change to negotiate, no change otherwise', () => {
    expect(rules(answerBody, { answer: 'declined' })).toEqual(['comment:required']);
    expect(rules(answerBody, { answer: 'accepted' })).toEqual([]);
    expect(rules(answerBody, { answer: 'negotiated', comment: '候选人要求' })).toEqual(['body:change_required']);
    expect(rules(answerBody, { answer: 'negotiated', comment: '延后入职', startDate: '2030-05-06' })).toEqual([]);
    expect(rules(answerBody, { answer: 'accepted', startDate: '2030-05-06' })).toEqual(['startDate:negotiated_only']);
    expect(rules(answerBody, { answer: 'maybe' })).toContain('answer:enum');
  });

  it('sends to an e-mail address, previews a template or content, reads a version or the latest', () => {
    expect(rules(sendBody, { toEmail: 'nope', templateVersion: 0 }).sort()).toEqual(['templateVersion:min', 'toEmail:email']);
    expect(rules(previewBody, {}).sort()).toEqual(['body:required', 'subject:required']);
    expect(rules(previewBody, { templateId: 't1', subject: 'x' })).toEqual(['templateId:exclusive']);
    expect(rules(previewBody, { subject: 'a\nb', body: 'x' })).toEqual(['subject:single_line']);
    expect(templateVersionParams.parse({ id: 't1', version: 'latest' }).version).toBe(0);
    expect(templateVersionParams.parse({ id: 't1', version: '3' }).version).toBe(3);
    expect(templateVersionParams.safeParse({ id: 't1', version: '0' }).success).toBe(false);
  });
});

describe('offer mapping', () => {
  it('sends the terms with who the offer is for left to the service, and the letter language as the candidate locale', () => {
    const terms = toOfferTerms(createOfferBody.parse({ ...offer, candidateLocale: 'en', notes: ' 急招 ' }), facts);
    expect(terms).toMatchObject({
      applicationId: 'app-1',
      candidateId: '',
      requisitionId: '',
      candidate: { name: '', email: '', locale: 'en' },
      positionId: '',
      positionTitle: '',
      departmentId: '',
      departmentName: '研发部',
      salary: { currency: 'CNY', monthlyBase: '30000', monthsPerYear: 12, bonus: '0' },
      probation: { months: 3, monthlySalary: '24000' },
      contract: { type: 'fixed_term', years: 3 },
      reportingManager: { userId: '', name: '王经理' },
      notes: '急招',
    });
    expect(terms.expiresAt!.toISOString()).toBe('2030-03-20T10:00:00.000Z');
    expect(toOfferTerms(createOfferBody.parse(offer), facts).candidate!.locale).toBe('');
  });

  it('lays a patch over the stored terms, replacing the objects it names whole', () => {
    const current = stubTerms();
    const merged = mergeOfferTerms(current, patchOfferBody.parse({ salary: { monthlyBase: '32000' }, candidateLocale: 'en' }), facts);
    expect(merged.salary).toEqual({ currency: 'CNY', monthlyBase: '32000', monthsPerYear: 12, allowances: [], bonus: '0' });
    expect(merged).toMatchObject({ applicationId: 'app-1', candidateId: 'c1', grade: 'P6', startDate: current.startDate, probation: current.probation });
    expect(merged.candidate).toEqual({ ...current.candidate, locale: 'en' });
  });

  it('presents clean JSON: terms at the top level, no empty strings, the level deciding next, no letter ids', () => {
    const pending = stubOffer('o1', {
      status: 'pending_approval',
      approval: { round: 1, levelKeys: ['hr_manager', 'department_head'], current: 1, closed: false, history: [] },
    });
    const json = JSON.parse(JSON.stringify(presentOffer(pending)));
    expect(json).toMatchObject({ id: 'o1', positionTitle: 'Java 工程师', probation: { months: 3, salary: '24000.00' }, approval: { currentLevel: 'department_head' } });
    expect(json).not.toHaveProperty('notes');
    expect(json).not.toHaveProperty('withdrawReason');
    expect(json.reportingManager).toEqual({ name: '王经理' });
    const send = presentSend({ sequence: 1, sentBy: 'u', toEmail: 'a@b.cn', toName: 'A', locale: 'en', templateId: 't', templateVersion: 2, subject: 's', round: 1, letterId: 'L1' });
    expect(send).not.toHaveProperty('letterId');
  });

  it("renames the service's field names to the request's", () => {
    expect(toGatewayFields('probation.monthlySalary')).toBe('probation.salary');
    expect(toGatewayFields('salary.allowances[2].amount')).toBe('salary.allowances.2.amount');
    expect(toGatewayFields('candidate.locale must be one of zh-CN, en')).toBe('candidateLocale must be one of zh-CN, en');
    expect(toGatewayFields('salary.monthlyBase')).toBe('salary.monthlyBase');
  });
});
