import { DomainError } from '@hr/workflow';
import {
  APPLICATION_STAGES,
  REJECTION_REASONS,
  REJECTION_REASON_LABELS,
  STAGE_LABELS,
  WITHDRAWAL_REASONS,
  WITHDRAWAL_REASON_LABELS,
  applicationStage,
  assertStageChange,
  isTerminalStage,
} from '../../src/domain/application-stage';
import type { ApplicationStage } from '../../src/domain/application-stage';

function caught(fn: () => void): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const NON_TERMINAL: ApplicationStage[] = ['new', 'screening', 'interview', 'offer'];

describe('application stage machine', () => {
  it.each([
    ['new', 'screening'],
    ['screening', 'interview'],
    ['interview', 'offer'],
    ['offer', 'hired'],
    ['offer', 'interview'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(applicationStage.can(from, to)).toBe(true);
    expect(() => assertStageChange(from, to)).not.toThrow();
  });

  it.each(NON_TERMINAL)('allows rejecting and withdrawing from %s', (from) => {
    expect(applicationStage.can(from, 'rejected')).toBe(true);
    expect(applicationStage.can(from, 'withdrawn')).toBe(true);
  });

  it.each([
    ['new', 'interview'],
    ['new', 'hired'],
    ['screening', 'offer'],
    ['interview', 'screening'],
    ['offer', 'screening'],
    ['interview', 'hired'],
    ['screening', 'screening'],
    ['hired', 'rejected'],
    ['rejected', 'screening'],
    ['withdrawn', 'new'],
    ['rejected', 'withdrawn'],
  ] as const)('refuses %s → %s as a conflict', (from, to) => {
    expect(applicationStage.can(from, to)).toBe(false);
    const error = caught(() => assertStageChange(from, to, 'other'));
    expect(error).toMatchObject({ kind: 'failed_precondition', reason: 'ILLEGAL_TRANSITION' });
    expect(error.message).toContain(`${from} to ${to}`);
  });

  it('has no way out of hired, rejected and withdrawn', () => {
    for (const stage of ['hired', 'rejected', 'withdrawn'] as const) {
      expect(applicationStage.targets(stage)).toEqual([]);
      expect(isTerminalStage(stage)).toBe(true);
    }
    expect(NON_TERMINAL.some(isTerminalStage)).toBe(false);
  });
});

describe('reason codes', () => {
  it.each(REJECTION_REASONS)('accepts the rejection reason %s', (reason) => {
    expect(() => assertStageChange('interview', 'rejected', reason)).not.toThrow();
  });

  it.each(WITHDRAWAL_REASONS)('accepts the withdrawal reason %s', (reason) => {
    expect(() => assertStageChange('offer', 'withdrawn', reason)).not.toThrow();
  });

  it.each([
    ['rejected', undefined, 'required'],
    ['rejected', '', 'required'],
    ['rejected', 'no_show', 'enum'],
    ['withdrawn', undefined, 'required'],
    ['withdrawn', 'failed_interview', 'enum'],
    ['withdrawn', 'SALARY', 'enum'],
  ] as const)('refuses a move to %s with reason %p as invalid reasonCode (%s)', (to, reason, rule) => {
    const error = caught(() => assertStageChange('screening', to, reason));
    expect(error.kind).toBe('invalid_argument');
    expect(error.violations).toEqual([expect.objectContaining({ field: 'reasonCode', rule })]);
  });

  it('needs no reason for forward moves', () => {
    expect(() => assertStageChange('new', 'screening', undefined)).not.toThrow();
  });

  it('labels every stage and reason in zh-CN and en', () => {
    const tables = [
      [APPLICATION_STAGES, STAGE_LABELS],
      [REJECTION_REASONS, REJECTION_REASON_LABELS],
      [WITHDRAWAL_REASONS, WITHDRAWAL_REASON_LABELS],
    ] as const;
    for (const [codes, labels] of tables) {
      expect(Object.keys(labels).sort()).toEqual([...codes].sort());
      for (const label of Object.values(labels)) {
        expect(label['zh-CN']).toMatch(/\p{Script=Han}/u);
        expect(label.en).toMatch(/^[A-Z]/);
      }
    }
  });
});
