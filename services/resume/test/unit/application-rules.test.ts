import { assignInterviewers, changeStage, mayViewApplication, newApplication } from '../../src/domain/application-rules';
import { moveStatus } from '../../src/domain/candidate-rules';
import { NOW, hr, open, person } from './application-fixtures';

describe('application rules', () => {
  it('links a person to an open requisition only', () => {
    expect(newApplication({ id: 'a1', candidate: person, requisition: open, source: person.source, principal: hr, now: NOW })).toMatchObject({ stage: 'new', departmentId: 'sales' });
    expect(() => newApplication({ id: 'a1', candidate: person, requisition: { ...open, status: 'closed' }, source: person.source, principal: hr, now: NOW })).toThrow(/not open/);
    const barred = moveStatus(person, 'blacklist', { reason: 'fraud', principal: hr, now: NOW });
    expect(() => newApplication({ id: 'a1', candidate: barred, requisition: open, source: person.source, principal: hr, now: NOW })).toThrow(/blacklisted/);
  });

  it('records every stage change and closes the application on rejection', () => {
    const app = newApplication({ id: 'a1', candidate: person, requisition: open, source: person.source, principal: hr, now: NOW });
    const screened = changeStage(app, { to: 'screening', principal: hr, now: NOW });
    const rejected = changeStage(screened, { to: 'rejected', reasonCode: 'salary_mismatch', comment: ' 期望过高 ', principal: hr, now: NOW });
    expect(rejected.stageHistory.map((s) => [s.from, s.to, s.reasonCode])).toEqual([
      ['new', 'screening', undefined],
      ['screening', 'rejected', 'salary_mismatch'],
    ]);
    expect(rejected.stageHistory[1].comment).toBe('期望过高');
    expect(() => assignInterviewers(rejected, ['u-int'], NOW)).toThrow(/rejected/);
  });

  it('shows an application to HR, the department’s manager and its interviewers only', () => {
    const app = assignInterviewers(newApplication({ id: 'a1', candidate: person, requisition: open, source: person.source, principal: hr, now: NOW }), ['u-int', 'u-int'], NOW);
    expect(app.interviewerIds).toEqual(['u-int']);
    expect(mayViewApplication(hr, app)).toBe(true);
    expect(mayViewApplication({ userId: 'm', roles: ['dept_manager'], departmentId: 'sales' }, app)).toBe(true);
    expect(mayViewApplication({ userId: 'm2', roles: ['dept_manager'], departmentId: 'tech' }, app)).toBe(false);
    expect(mayViewApplication({ userId: 'u-int', roles: ['interviewer'] }, app)).toBe(true);
    expect(mayViewApplication({ userId: 'u-other', roles: ['interviewer'] }, app)).toBe(false);
  });
});
