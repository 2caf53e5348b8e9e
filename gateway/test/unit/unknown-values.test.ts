import { z } from 'zod';
import { withoutUnknownValues } from '../../src/openapi/unknown-values';
import { candidateSchema } from '../../src/routes/schemas/candidate.schemas';
import { requisitionSchema } from '../../src/routes/schemas/requisition.schemas';

describe('unknown values in answers', () => {
  const schema = z.object({
    count: z.number().int(),
    label: z.string(),
    year: z.number().int().optional(),
    city: z.string().optional(),
    nested: z.array(z.object({ note: z.string().optional(), done: z.boolean().optional() })).optional(),
    scores: z.record(z.string(), z.object({ why: z.string().optional() })),
  });

  it('drops the proto defaults of optional fields, at any depth, and keeps required zeros', () => {
    const value = { count: 0, label: '', year: 0, city: '', nested: [{ note: '', done: false }], scores: { a: { why: '' } }, at: new Date(0) };
    expect(withoutUnknownValues(value, schema)).toEqual({ count: 0, label: '', nested: [{ done: false }], scores: { a: {} }, at: new Date(0) });
  });

  it('keeps known values', () => {
    const value = { count: 3, label: 'x', year: 1990, city: '苏州', nested: [], scores: {} };
    expect(withoutUnknownValues(value, schema)).toEqual(value);
  });

  it('reads a freshly parsed resume without fake values: no "", no 0', () => {
    const candidate = {
      id: 'c1',
      profile: { name: '王芳', phone: '', email: '', gender: '', birthYear: 0, city: '', education: [{ school: '苏州大学', degree: '', major: '', startYear: 2014, endYear: 0 }], workHistory: [], yearsOfExperience: 0, skills: [], languages: [] },
      source: { channel: 'job_board', detail: '', referrerEmployeeId: '', invitingHrId: 'u1', responsibleHrId: '' },
      statusReason: '',
      mergedInto: '',
      version: 1,
    };
    expect(withoutUnknownValues(candidate, candidateSchema)).toEqual({
      id: 'c1',
      profile: { name: '王芳', education: [{ school: '苏州大学', startYear: 2014 }], workHistory: [], skills: [], languages: [] },
      source: { channel: 'job_board', invitingHrId: 'u1' },
      version: 1,
    });
  });

  it('leaves a requisition without recruiter, note or close reason without those fields, keeping 0 hires', () => {
    const shown = withoutUnknownValues({ id: 'r1', hiredCount: 0, reasonNote: '', responsibleRecruiterId: '', closeReason: '' }, requisitionSchema);
    expect(shown).toEqual({ id: 'r1', hiredCount: 0 });
  });
});
