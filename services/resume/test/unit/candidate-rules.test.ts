import { DomainError, Principal } from '@hr/workflow';
import type { Candidate } from '../../src/domain/candidate';
import { correctProfile } from '../../src/domain/candidate-corrections';
import { mergeCandidates } from '../../src/domain/candidate-merge';
import { attachResume, moveStatus, newCandidate } from '../../src/domain/candidate-rules';

const NOW = new Date('2026-11-28T08:00:00Z');
const hr: Principal = { userId: 'u-hr', roles: ['hr'] };

function candidate(id: string, overrides: Partial<Parameters<typeof newCandidate>[0]['profile']> = {}): Candidate {
  return newCandidate({
    id,
    profile: { name: '陈静', phone: '139 1111 2222', email: ' Chen.Jing@Example.COM ', education: [], workHistory: [], skills: ['Excel'], languages: [], ...overrides },
    source: { channel: 'referral', referrerEmployeeId: 'emp-7' },
    needsManualEntry: false,
    principal: hr,
    now: NOW,
  });
}

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error');
}

describe('candidate rules', () => {
  it('stores contact points in canonical form', () => {
    const c = candidate('c1');
    expect(c.phones).toEqual(['+8613911112222']);
    expect(c.emails).toEqual(['chen.jing@example.com']);
    expect(c.profile.phone).toBe('+8613911112222');
  });

  it('marks a person without a name for manual entry', () => {
    expect(candidate('c1', { name: undefined }).needsManualEntry).toBe(true);
  });

  it('fills only blank fields from a newer resume and keeps every contact point', () => {
    const c = candidate('c1', { city: '北京' });
    const resume = { id: 'f2', filename: 'b.pdf', mimeType: 'application/pdf', size: 10, kind: 'pdf' as const, parseStatus: 'parsed' as const, uploadedBy: 'u-hr', uploadedAt: NOW };
    const updated = attachResume(c, { resume, parsed: { name: '陈静', city: '上海', phone: '13922223333', birthYear: 1994, education: [], workHistory: [], skills: [], languages: [] }, now: NOW });
    expect(updated.profile.city).toBe('北京');
    expect(updated.profile.birthYear).toBe(1994);
    expect(updated.phones).toEqual(['+8613911112222', '+8613922223333']);
    expect(updated.resumes.map((r) => r.id)).toEqual(['f2']);
  });

  it('keeps each correction with before, after, who and when', () => {
    const { candidate: corrected, changedFields } = correctProfile(candidate('c1'), { city: '杭州', skills: ['Excel', 'SQL'] }, hr, NOW);
    expect(changedFields).toEqual(['city', 'skills']);
    expect(corrected.corrections[0]).toEqual({ field: 'city', from: '', to: '杭州', by: 'u-hr', at: NOW });
    expect(corrected.corrections[1]).toMatchObject({ field: 'skills', from: '["Excel"]', to: '["Excel","SQL"]' });
  });

  it('needs a reason to blacklist and refuses restoring a blacklisted person', () => {
    expect(errorOf(() => moveStatus(candidate('c1'), 'blacklist', { principal: hr, now: NOW }))).toMatchObject({ kind: 'invalid_argument' });
    const barred = moveStatus(candidate('c1'), 'blacklist', { reason: '简历造假', principal: hr, now: NOW });
    expect(barred.status).toBe('blacklisted');
    expect(errorOf(() => moveStatus(barred, 'restore', { principal: hr, now: NOW }))).toMatchObject({ reason: 'ILLEGAL_TRANSITION' });
  });

  it('merges two records, keeping the target’s values and the source as a pointer', () => {
    const target = candidate('t', { city: '北京' });
    const source = moveStatus(candidate('s', { phone: '13800000000', email: 'cj@example.com', city: '上海', birthYear: 1993 }), 'blacklist', { reason: '多次爽约', principal: hr, now: NOW });
    const merged = mergeCandidates(target, source, hr, NOW);
    expect(merged.target.profile).toMatchObject({ city: '北京', birthYear: 1993 });
    expect(merged.target.phones).toEqual(['+8613911112222', '+8613800000000']);
    expect(merged.target.status).toBe('blacklisted');
    expect(merged.source).toMatchObject({ status: 'merged', mergedInto: 't' });
    expect(errorOf(() => mergeCandidates(target, target, hr, NOW))).toMatchObject({ kind: 'invalid_argument' });
  });
});
