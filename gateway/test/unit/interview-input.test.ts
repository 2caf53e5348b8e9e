import type { z } from 'zod';
import { interviewV1 } from '@hr/contracts';
import { toViolations } from '../../src/middleware/validation';
import { presentEvaluation, presentInterview, toEvaluationInput } from '../../src/routes/interview.mappers';
import { evaluationBody } from '../../src/routes/schemas/evaluation.schemas';
import { inviteBody, listInterviewsQuery, rescheduleBody } from '../../src/routes/schemas/interview.schemas';
import { deliveryLogQuery } from '../../src/routes/schemas/notification.schemas';

const IV = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const invite = {
  applicationIds: ['app-1'],
  round: 'first',
  startsAt: '2030-03-05T14:00:00+08:00',
  durationMinutes: 60,
  format: { kind: 'video', link: 'https://meet.example.com/abc' },
  interviewerIds: [IV],
};
const ratings = { professional_skills: 4, communication: 3, learning_ability: 5, culture_fit: 4, stability: 2 };

/** `field:rule` of each violation, as the API reports them. */
function rules(schema: z.ZodType, input: unknown, location: 'body' | 'query' = 'body'): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : toViolations(location, result.error.issues, input).map((v) => `${v.field}:${v.rule}`);
}

describe('invitation input', () => {
  it('accepts a valid invitation, dropping repeated applications and turning the zone canonical', () => {
    const parsed = inviteBody.parse({ ...invite, applicationIds: ['a', 'b', 'a'], timeZone: 'europe/berlin' });
    expect(parsed).toMatchObject({ applicationIds: ['a', 'b'], timeZone: 'Europe/Berlin', overrideConflicts: false });
  });

  it.each([
    [{ format: { kind: 'video', link: 'http://meet.example.com/abc' } }, 'format.link:url'],
    [{ format: { kind: 'video', link: 'javascript:alert(1)' } }, 'format.link:url'],
    [{ format: { kind: 'video' } }, 'format.link:required'],
    [{ format: { kind: 'video', link: 'https://x.example.com', room: '3A' } }, 'format.room:unknown_key'],
    [{ format: { kind: 'teleport' } }, 'format.kind:enum'],
    [{ format: {} }, 'format.kind:required'],
    [{ format: { kind: 'onsite', address: '上海市浦东新区' } }, 'format.room:required'],
    [{ format: { kind: 'phone', number: '12345' } }, 'format.number:phone'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone:iana'],
    [{ startsAt: '2030-03-05T14:00:00' }, 'startsAt:datetime'],
    [{ durationMinutes: 10 }, 'durationMinutes:min'],
    [{ applicationIds: [] }, 'applicationIds:min_items'],
    [{ applicationIds: Array.from({ length: 51 }, (_, i) => `a${i}`) }, 'applicationIds:max_items'],
    [{ interviewerIds: [] }, 'interviewerIds:min_items'],
    [{ interviewerIds: ['not-an-id'] }, 'interviewerIds.0:pattern'],
    [{ round: 'fourth' }, 'round:enum'],
    [{ candidateLocale: 'fr' }, 'candidateLocale:enum'],
  ])('refuses %j with %s', (change, expected) => {
    expect(rules(inviteBody, { ...invite, ...change })).toContain(expected);
  });

  it('normalises a phone interview number like the other phone fields', () => {
    expect(inviteBody.parse({ ...invite, format: { kind: 'phone', number: '138 1234 5678' } }).format).toEqual({ kind: 'phone', number: '+8613812345678' });
  });

  it('needs only the new time to reschedule', () => {
    expect(rules(rescheduleBody, { startsAt: '2030-03-06T10:00:00Z' })).toEqual([]);
    expect(rules(rescheduleBody, {})).toEqual(['startsAt:required']);
  });

  it('checks the order of a time range', () => {
    expect(rules(listInterviewsQuery, { from: '2030-03-06T00:00:00Z', to: '2030-03-05T00:00:00Z' }, 'query')).toEqual(['to:gte_from']);
    expect(rules(deliveryLogQuery, { from: '2030-03-06T00:00:00Z', to: '2030-03-05T00:00:00Z' }, 'query')).toEqual(['to:gte_from']);
    expect(rules(deliveryLogQuery, { channel: 'sms', status: 'lost' }, 'query')).toEqual(['status:enum', 'channel:enum']);
    expect(listInterviewsQuery.parse({ status: 'scheduled,completed' }).status).toEqual(['scheduled', 'completed']);
  });
});

describe('evaluation input', () => {
  const valid = { ratings, strengths: '基础扎实', concerns: '', verdict: 'pass' };

  it('needs a reason for a fail verdict, naming failReason', () => {
    expect(rules(evaluationBody, { ...valid, verdict: 'fail' })).toEqual(['failReason:required']);
    expect(rules(evaluationBody, { ...valid, verdict: 'fail', failReason: '   ' })).toEqual(['failReason:required']);
    expect(rules(evaluationBody, { ...valid, verdict: 'fail', failReason: '算法薄弱' })).toEqual([]);
  });

  it('needs every criterion rated from 1 to 5 and no others', () => {
    const { stability: _missing, ...four } = ratings;
    expect(rules(evaluationBody, { ...valid, ratings: four })).toEqual(['ratings.stability:required']);
    expect(rules(evaluationBody, { ...valid, ratings: { ...ratings, communication: 6, culture_fit: 0, charm: 5 } })).toEqual(
      expect.arrayContaining(['ratings.communication:max', 'ratings.culture_fit:min', 'ratings.charm:unknown_key']),
    );
    expect(rules(evaluationBody, { ...valid, ratings: { ...ratings, learning_ability: 3.5 } })).toEqual(['ratings.learning_ability:type']);
    expect(rules(evaluationBody, { ...valid, verdict: 'maybe' })).toEqual(['verdict:enum']);
  });

  it('maps ratings to the proto list in the criteria order and back', () => {
    const input = toEvaluationInput(evaluationBody.parse({ ...valid, failReason: 'ignored on a pass' }));
    expect(input.ratings.map((r) => r.criterion)).toEqual(['professional_skills', 'communication', 'learning_ability', 'culture_fit', 'stability']);
    expect(input.failReason).toBe('');
    const at = new Date('2030-03-05T08:00:00Z');
    const version = { ...input, submittedAt: at };
    const presented = presentEvaluation({ interviewerId: IV, interviewerName: '郑面试', current: version, amendments: [version] });
    expect(presented).toMatchObject({ interviewerId: IV, ratings, verdict: 'pass', submittedAt: at });
    expect(presented).not.toHaveProperty('failReason', '');
    expect(presented.amendments).toHaveLength(1);
  });
});

describe('interview presentation', () => {
  it('is clean JSON: the format of its kind, no empty strings, no directory e-mails, an end time', () => {
    const interview = interviewV1.Interview.fromPartial({
      id: 'i1',
      startsAt: new Date('2030-03-05T06:00:00Z'),
      durationMinutes: 90,
      format: { kind: 'onsite', address: '上海', room: '3A', link: '', number: '' },
      interviewers: [{ userId: IV, name: '郑面试', email: 'iv@example.com', locale: 'en' }],
      candidateResponse: 'pending',
    });
    const json = JSON.parse(JSON.stringify(presentInterview(interview)));
    expect(json).toMatchObject({ format: { kind: 'onsite', address: '上海', room: '3A' }, interviewers: [{ userId: IV, name: '郑面试' }] });
    expect(json.format).not.toHaveProperty('link');
    expect(json.interviewers[0]).not.toHaveProperty('email');
    expect(json.endsAt).toBe('2030-03-05T07:30:00.000Z');
    expect(json).not.toHaveProperty('cancellationReason');
    expect(json).not.toHaveProperty('result');
    expect(json.candidateLocale).toBe('zh-CN');
  });
});
