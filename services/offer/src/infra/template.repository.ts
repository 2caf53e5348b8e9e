import type { Connection } from 'mongoose';
import type { TemplateRepository } from '../app/ports';
import type { OfferTemplate, TemplateDraft, TemplateVersion } from '../domain/offer-template';
import { templateModels } from './template.models';

const MAX_ATTEMPTS = 5;
const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;

function toTemplate(doc: Record<string, any>): OfferTemplate {
  const { _id, ...rest } = doc;
  return { ...(rest as Omit<OfferTemplate, 'id'>), id: String(_id) };
}

function toVersion(doc: Record<string, any>): TemplateVersion {
  const { _id, ...rest } = doc;
  return rest as TemplateVersion;
}

export function mongoTemplateRepository(connection: Connection): TemplateRepository {
  const { templates, versions } = templateModels(connection);

  async function findTemplate(positionId: string, locale: string) {
    const doc = await templates.collection.findOne({ positionId, locale } as never);
    return doc ? toTemplate(doc) : undefined;
  }

  /** The template for the draft's position and language, created (version 0) on first save. */
  async function templateFor(draft: TemplateDraft, meta: { by: string; now: Date; newId: () => string }) {
    const found = await findTemplate(draft.positionId, draft.locale);
    if (found) return { template: found, created: false };
    const template: OfferTemplate = {
      id: meta.newId(),
      positionId: draft.positionId,
      locale: draft.locale,
      name: draft.name,
      latestVersion: 0,
      createdAt: meta.now,
      updatedAt: meta.now,
      updatedBy: meta.by,
    };
    const { id, ...rest } = template;
    try {
      await templates.collection.insertOne({ _id: id, ...rest } as never);
      return { template, created: true };
    } catch (error) {
      if (!isDuplicate(error)) throw error;
      return undefined; // created meanwhile by another save: look again
    }
  }

  return {
    async list(filter) {
      const query: Record<string, unknown> = {};
      if (filter.positionId !== undefined) query.positionId = filter.positionId;
      if (filter.locale) query.locale = filter.locale;
      const docs = await templates.collection.find(query as never).sort({ positionId: 1, locale: 1 }).toArray();
      return docs.map(toTemplate);
    },

    async get(id) {
      const doc = await templates.collection.findOne({ _id: id } as never);
      return doc ? toTemplate(doc) : undefined;
    },

    async saveVersion(draft, meta) {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        const found = await templateFor(draft, meta);
        if (!found) continue;
        // A template created without its first version (a crash) still gets one.
        if (meta.onlyIfNew && !found.created && found.template.latestVersion > 0) return undefined;
        const { template } = found;
        const number = template.latestVersion + 1;
        const version: TemplateVersion = {
          templateId: template.id,
          version: number,
          name: draft.name,
          subject: draft.subject,
          body: draft.body,
          createdBy: meta.by,
          createdAt: meta.now,
        };
        const inserted = await versions.collection.insertOne({ _id: `${template.id}:${number}`, ...version } as never).then(
          () => true,
          (error) => {
            if (!isDuplicate(error)) throw error;
            return false;
          },
        );
        // Moves latestVersion on; after a lost race (or a crash between the two writes) it catches up and we retry.
        const changes = inserted ? { latestVersion: number, name: draft.name, updatedAt: meta.now, updatedBy: meta.by } : { latestVersion: number };
        await templates.collection.updateOne({ _id: template.id, latestVersion: { $lt: number } } as never, { $set: changes });
        if (inserted) return { template: { ...template, ...changes }, version };
      }
      throw new Error('could not save the template version: too many concurrent saves');
    },

    async getVersion(templateId, version) {
      const latest = async () => (await templates.collection.findOne({ _id: templateId } as never))?.latestVersion as number | undefined;
      const number = version > 0 ? version : await latest();
      if (!number) return undefined;
      const doc = await versions.collection.findOne({ _id: `${templateId}:${number}` } as never);
      return doc ? toVersion(doc) : undefined;
    },

    async listVersions(templateId) {
      const docs = await versions.collection.find({ templateId } as never).sort({ version: 1 }).toArray();
      return docs.map(toVersion);
    },
  };
}
