import type { z } from 'zod';
import type { Locale } from '../../domain/notification';

/** Content another service wrote, placed before the template's body. */
export interface PrerenderedContent {
  /** Safe to place in the document as it is: the template sanitised it. */
  html: string;
  text: string;
}

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
  /**
   * For a message already written elsewhere (an offer letter): taken from the checked variables and
   * shown first, the body only adding to it. The template is responsible for sanitising the HTML.
   */
  prerendered?: (variables: Record<string, unknown>) => PrerenderedContent;
}
