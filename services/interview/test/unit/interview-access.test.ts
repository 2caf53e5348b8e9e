import { mayViewInterview } from '../../src/domain/interview-access';
import { admin, alice, carol, hrManager, recruiter, salesManager, scheduled, techManager } from './interview-fixtures';

describe('mayViewInterview', () => {
  it('lets HR, the requisition department manager and the assigned interviewers read an interview', () => {
    for (const principal of [recruiter, hrManager, salesManager, alice]) expect(mayViewInterview(scheduled(), principal, 'sales')).toBe(true);
  });

  it('hides it from interviewers of other interviews, other managers and admins', () => {
    for (const principal of [carol, techManager, admin]) expect(mayViewInterview(scheduled(), principal, 'sales')).toBe(false);
  });

  it('hides it from a department manager when the department is unknown', () => {
    expect(mayViewInterview(scheduled(), salesManager, undefined)).toBe(false);
  });
});
