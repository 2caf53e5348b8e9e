import { withOutbox } from '@hr/platform';
import { Connection, Schema } from 'mongoose';

/**
 * Collections and their indexes. Writes with events go through `saveWithOutbox`; these schemas
 * declare indexes and are used for plain reads and for collections without events.
 */
const loose = { strict: false, versionKey: false } as const;

const candidateSchema = withOutbox(new Schema({ _id: String }, { ...loose, collection: 'candidates' }));
candidateSchema.index({ phones: 1 });
candidateSchema.index({ emails: 1 });
candidateSchema.index({ nameKey: 1 });
candidateSchema.index({ externalKeys: 1 });

const applicationSchema = withOutbox(new Schema({ _id: String }, { ...loose, collection: 'applications' }));
applicationSchema.index({ candidateId: 1 });
applicationSchema.index({ requisitionId: 1, stage: 1 });
applicationSchema.index({ interviewerIds: 1 });
// A pushed-down ORDER BY needs a btree that starts with the sort key (every list sorts newest first).
applicationSchema.index({ createdAt: -1, _id: 1 });
applicationSchema.index({ departmentId: 1 });

const suggestionSchema = new Schema({ _id: String }, { ...loose, collection: 'merge_suggestions' });
suggestionSchema.index({ status: 1, createdAt: -1 });
suggestionSchema.index({ createdAt: -1 });

const timelineSchema = new Schema({ _id: String }, { ...loose, collection: 'timeline' });
// Serves the timeline's read (see timeline.repository): one candidate, newest first, ties by event id.
timelineSchema.index({ candidateId: 1, at: -1, _id: -1 });

const savedFilterSchema = new Schema({ _id: String }, { ...loose, collection: 'saved_filters' });
savedFilterSchema.index({ ownerId: 1 });
savedFilterSchema.index({ shared: 1 });

const resumeTextSchema = new Schema({ _id: String }, { ...loose, collection: 'resume_texts' });
resumeTextSchema.index({ candidateId: 1 });

const SCHEMAS = {
  Candidate: candidateSchema,
  Application: applicationSchema,
  MergeSuggestion: suggestionSchema,
  TimelineEntry: timelineSchema,
  SavedFilter: savedFilterSchema,
  ResumeText: resumeTextSchema,
};

export function resumeModels(connection: Connection) {
  const model = (name: keyof typeof SCHEMAS) => connection.models[name] ?? connection.model(name, SCHEMAS[name]);
  return {
    candidates: model('Candidate'),
    applications: model('Application'),
    suggestions: model('MergeSuggestion'),
    timeline: model('TimelineEntry'),
    savedFilters: model('SavedFilter'),
    resumeTexts: model('ResumeText'),
  };
}

export type ResumeModels = ReturnType<typeof resumeModels>;
