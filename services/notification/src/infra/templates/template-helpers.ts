import Handlebars from 'handlebars';
import type { Locale } from '../../domain/notification';
import { formatDate, formatDateTime } from './date-formatting';
import { LABELS, LIST_SEPARATORS } from './template-labels';

/** Per-render facts the helpers read from `@data` (Handlebars' private data frame). */
export interface RenderData {
  locale: Locale;
  timeZone: string;
  format: 'text' | 'html';
}

type Options = Omit<Handlebars.HelperOptions, 'data'> & { data: RenderData };

const asDate = (value: unknown): Date | undefined => {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

export function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('datetime', (value: unknown, options: Options) => {
    const date = asDate(value);
    return date ? formatDateTime(date, options.data.locale, options.data.timeZone) : '';
  });
  hbs.registerHelper('date', (value: unknown, options: Options) => {
    const date = asDate(value);
    return date ? formatDate(date, options.data.locale, options.data.timeZone) : '';
  });
  hbs.registerHelper('label', (kind: string, value: unknown, options: Options) => {
    const text = String(value ?? '');
    return Object.hasOwn(LABELS[options.data.locale][kind] ?? {}, text) ? LABELS[options.data.locale][kind][text] : text;
  });
  hbs.registerHelper('list', (items: unknown, options: Options) =>
    Array.isArray(items) ? items.map(String).join(LIST_SEPARATORS[options.data.locale]) : '',
  );
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // A link is a real anchor in HTML and the bare URL in text; both URL and label stay escaped.
  hbs.registerHelper('link', (url: unknown, label: unknown, options?: Options) => {
    const opts = (options ?? label) as Options;
    const text = typeof label === 'string' ? label : String(url);
    if (opts.data.format === 'text') return text === url ? String(url) : `${text}: ${String(url)}`;
    const escape = hbs.Utils.escapeExpression;
    return new hbs.SafeString(`<a href="${escape(String(url))}">${escape(text)}</a>`);
  });
}
