import { DomainError, assertNameText } from '@hr/workflow';

export interface PositionDetails {
  title: string;
  departmentId: string;
  level: string;
  description: string;
  defaultRequirements: string[];
  active: boolean;
}

export interface Position extends PositionDetails {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

export function validatePosition(details: PositionDetails): PositionDetails {
  if (!details.title.trim()) throw DomainError.invalid('title', 'required');
  if (details.title.length > 120) throw DomainError.invalid('title', 'max_length', { max: 120 });
  assertNameText('title', details.title);
  if (!details.departmentId) throw DomainError.invalid('departmentId', 'required');
  return {
    ...details,
    title: details.title.trim(),
    defaultRequirements: details.defaultRequirements.map((r) => r.trim()).filter(Boolean),
  };
}
