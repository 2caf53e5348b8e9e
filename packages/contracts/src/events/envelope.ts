import { z } from 'zod';

export const actorSchema = z.object({ userId: z.string(), roles: z.array(z.string()).optional() });

/** Every event on `hr.events` travels in this envelope; `data` is checked against the type's schema. */
export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z]+\.[a-z-]+\.[a-z-]+\.v\d+$/),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime(),
  source: z.string().min(1),
  correlationId: z.string().min(1),
  causationId: z.string().optional(),
  actor: actorSchema.optional(),
  data: z.unknown(),
});

export type EventEnvelope<TData = unknown> = Omit<z.infer<typeof envelopeSchema>, 'data'> & { data: TData };

export interface EventDefinition<TType extends string = string, TData = unknown> {
  type: TType;
  version: number;
  schema: z.ZodType<TData>;
}

export function defineEvent<TType extends string, TSchema extends z.ZodType>(
  type: TType,
  schema: TSchema,
): EventDefinition<TType, z.infer<TSchema>> {
  const version = Number(/\.v(\d+)$/.exec(type)?.[1]);
  if (!version) throw new Error(`event type ${type} must end with .v<N>`);
  return { type, version, schema: schema as z.ZodType<z.infer<TSchema>> };
}

export type EventData<D> = D extends EventDefinition<string, infer T> ? T : never;
