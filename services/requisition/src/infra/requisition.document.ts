import { Backfill, audienceKeys, withoutOutboxFields, withoutUndefined } from '@hr/platform';
import { currentLevel } from '@hr/workflow';
import type { Requisition } from '../domain/requisition';

/**
 * Fields stored only to be queried, recomputed in every write of the requisition: `recruiterIds` (the
 * responsible recruiter and the helpers, for "by recruiter") and `audience` (its department and those
 * recruiters, for what a department manager or recruiter may list). Both are top-level, so that the
 * lists are plain equality/`$in` filters served by indexes.
 */
function queryFields(req: Requisition): { recruiterIds: string[]; audience: string[] } {
  const recruiterIds = [...new Set([req.responsibleRecruiterId, ...req.helperRecruiterIds].filter((id): id is string => Boolean(id)))];
  return { recruiterIds, audience: audienceKeys(req.departmentId, recruiterIds) };
}

export function toDocument(req: Requisition): Record<string, unknown> {
  const { id: _id, version: _version, appliedEventIds: _applied, ...state } = req;
  const level = req.approval && req.status === 'pending_approval' ? currentLevel(req.approval) : undefined;
  // Denormalised so "awaiting my approval" is a plain indexed query.
  const awaiting = level ? { role: level.role, departmentId: level.sameDepartment ? req.departmentId : '' } : null;
  return withoutUndefined({ ...state, awaiting, ...queryFields(req) });
}

export function toRequisition(doc: Record<string, any>): Requisition {
  const {
    _id,
    awaiting: _awaiting,
    recruiterIds: _recruiterIds,
    audience: _audience,
    ...rest
  } = withoutOutboxFields(doc);
  return { ...(rest as Omit<Requisition, 'id'>), id: String(_id), helperRecruiterIds: rest.helperRecruiterIds ?? [] };
}

/** Requisitions stored before the query fields existed get them once. */
export const requisitionQueryFieldsBackfill = (collection: Backfill['collection']): Backfill => ({
  name: 'requisitions.audience',
  collection,
  field: 'audience',
  derive: (doc) => queryFields(toRequisition(doc)),
});
