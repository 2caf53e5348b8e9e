import type { z } from 'zod';
import type { Locale } from '../../domain/notification';

/**
 * One template per event type. Each language has a subject and a body; the body is one Handlebars
 * source rendered twice, as the plain-text part (verbatim) and as the HTML part (every value
 * HTML-escaped, paragraphs split on blank lines), so the two parts never say different things.
 */
export interface TemplateDefinition {
  key: string;
  /** The variables the template needs, checked before anything is stored or sent. */
  variables: z.ZodType<Record<string, unknown>>;
  locales: Record<Locale, { subject: string; body: string }>;
}
