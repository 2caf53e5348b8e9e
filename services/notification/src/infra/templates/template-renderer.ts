import Handlebars from 'handlebars';
import { DomainError } from '@hr/workflow';
import { zodViolations } from '@hr/platform';
import type { MessageRenderer, RenderedContent, RenderRequest } from '../../app/ports';
import { assertTimeZone } from './date-formatting';
import { DETAILS_PARTIALS } from './interview-variables';
import { GENERIC_TEMPLATE_KEY, TEMPLATES } from './template-catalog';
import type { TemplateDefinition } from './template-definition';
import { registerHelpers, RenderData } from './template-helpers';
import { FOOTERS } from './template-labels';
import { htmlDocument, toHtmlParagraphs, tidyText } from './html-layout';

export interface RenderSettings {
  companyName: string;
  timeZone: string;
}

type Format = RenderData['format'];
type Compiled = Handlebars.TemplateDelegate;

/** Renders the templates of the catalog; values are HTML-escaped in the HTML part, verbatim in the text part. */
export class TemplateRenderer implements MessageRenderer {
  private readonly hbs = Handlebars.create();
  private readonly cache = new Map<string, Compiled>();

  constructor(private readonly settings: RenderSettings) {
    assertTimeZone(settings.timeZone);
    registerHelpers(this.hbs);
  }

  render(request: RenderRequest): RenderedContent {
    const template = TEMPLATES.get(request.templateKey) ?? TEMPLATES.get(GENERIC_TEMPLATE_KEY)!;
    const variables = checkVariables(template, request.variables);
    const timeZone = request.timeZone ?? this.settings.timeZone;
    if (request.timeZone) assertTimeZone(request.timeZone);
    const context = { ...variables, companyName: this.settings.companyName, recipientName: request.recipientName };
    const run = (format: Format, part: 'subject' | 'body' | 'footer') => {
      const data: RenderData & { eventType: string } = { locale: request.locale, timeZone, format, eventType: request.eventType };
      const partials = { details: this.compiled(`details:${request.locale}:${format}`, DETAILS_PARTIALS[request.locale], format) };
      const source = part === 'footer' ? FOOTERS[request.locale] : template.locales[request.locale][part];
      return this.compiled(`${template.key}:${request.locale}:${part}:${format}`, source, format)(context, { data, partials });
    };
    const lead = template.prerendered?.(variables);
    const subject = run('text', 'subject').replace(/\s+/g, ' ').trim();
    const ownBody = tidyText(run('text', 'body'));
    const plainBody = [lead?.text.trim(), ownBody].filter(Boolean).join('\n\n');
    const text = `${plainBody}\n\n--\n${run('text', 'footer')}\n`;
    const body = [lead?.html, ownBody && toHtmlParagraphs(run('html', 'body'))].filter(Boolean).join('\n');
    const html = htmlDocument({ lang: request.locale, title: Handlebars.escapeExpression(subject), body, footer: run('html', 'footer') });
    return { subject, text, html, plainBody };
  }

  private compiled(cacheKey: string, source: string, format: Format): Compiled {
    let compiled = this.cache.get(cacheKey);
    if (!compiled) {
      compiled = this.hbs.compile(source, { noEscape: format === 'text', strict: false, knownHelpersOnly: false });
      this.cache.set(cacheKey, compiled);
    }
    return compiled;
  }
}

/** Variables that do not fit the template are the caller's mistake: refused before anything is stored. */
function checkVariables(template: TemplateDefinition, variables: Record<string, unknown>): Record<string, unknown> {
  const parsed = template.variables.safeParse(variables);
  if (parsed.success) return parsed.data;
  const violations = zodViolations(parsed.error.issues, variables, { root: 'variables', prefixed: true });
  throw new DomainError('invalid_argument', 'TEMPLATE_VARIABLES_INVALID', `variables do not fit template ${template.key}`, violations);
}
