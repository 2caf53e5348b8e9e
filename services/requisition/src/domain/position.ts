import { DomainError } from '@hr/workflow';

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
  if (!details.title.trim()) throw DomainError.invalid('title', 'required', 'a title is required');
  if (details.title.length > 120) throw DomainError.invalid('title', 'max_length', 'the title is at most 120 characters');
  if (!details.departmentId) throw DomainError.invalid('departmentId', 'required', 'a department is required');
  return {
    ...details,
    title: details.title.trim(),
    defaultRequirements: details.defaultRequirements.map((r) => r.trim()).filter(Boolean),
  };
}
