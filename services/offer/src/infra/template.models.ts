import { Connection, Schema } from 'mongoose';

/** One template per position (or "" for the default) and language; its versions are never changed. */
const templateSchema = new Schema(
  {
    _id: { type: String, required: true },
    positionId: { type: String, default: '' },
    locale: { type: String, required: true },
    latestVersion: Number,
  },
  { collection: 'offer_templates', strict: false, versionKey: false, _id: false },
);
templateSchema.index({ positionId: 1, locale: 1 }, { unique: true });

const versionSchema = new Schema(
  { _id: { type: String, required: true }, templateId: { type: String, required: true }, version: Number },
  { collection: 'offer_template_versions', strict: false, versionKey: false, _id: false },
);
versionSchema.index({ templateId: 1, version: 1 }, { unique: true });

export function templateModels(connection: Connection) {
  return {
    templates: connection.models.OfferTemplate ?? connection.model('OfferTemplate', templateSchema),
    versions: connection.models.OfferTemplateVersion ?? connection.model('OfferTemplateVersion', versionSchema),
  };
}
