import Handlebars from 'handlebars';
import { DomainError } from '@hr/workflow';
import type { Locale } from '../../domain/offer';
import type { TemplateContent } from '../../domain/offer-template';
import type { LetterVariables } from './letter-variables';
import { escapeHtml, escapeMarkdown, escapeMarkdownForHtml, mapStrings, markdownToHtml } from './markdown';
import { markdownToText } from './markdown-text';

export interface RenderedLetter {
  subject: string;
  /** The filled-in markdown: the source of the PDF. */
  markdown: string;
  html: string;
  text: string;
}

/** Strict: a variable the letter does not have is an error, never a silent blank in a contract. */
const handlebars = Handlebars.create();
const COMPILE_OPTIONS = { strict: true, knownHelpersOnly: true, noEscape: true } as const;

function fill(field: 'subject' | 'body', source: string, variables: object): string {
  try {
    return handlebars.compile(source, COMPILE_OPTIONS)(variables);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    const unknown = /^"([^"]+)" not defined|unknown helper (\S+)/.exec(message);
    if (unknown) throw DomainError.invalid(field, 'unknown_variable', { name: unknown[1] ?? unknown[2] });
    const line = /line (\d+)/.exec(message)?.[1];
    throw line ? DomainError.invalid(field, 'syntax', { line: Number(line) }, 'syntax_at') : DomainError.invalid(field, 'syntax');
  }
}

function htmlDocument(body: string, title: string, locale: Locale): string {
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", Arial, sans-serif; line-height: 1.6; color: #222; max-width: 720px; margin: 0 auto; padding: 24px; }
table { border-collapse: collapse; margin: 12px 0; }
th, td { border: 1px solid #ccc; padding: 6px 12px; text-align: left; }
</style>
</head>
<body>
${body}</body>
</html>
`;
}

/**
 * Fills a template three ways: markdown-escaped values for the PDF and plain text, HTML- and
 * markdown-escaped values for the e-mail body (a candidate's name never becomes markup), raw
 * values for the subject. The answer links stay unescaped: they are addresses, not prose.
 */
export function renderLetter(content: TemplateContent, variables: LetterVariables, locale: Locale): RenderedLetter {
  const subject = fill('subject', content.subject, variables).replace(/\s+/g, ' ').trim();
  const forMarkdown = { ...mapStrings(variables, escapeMarkdown), links: variables.links };
  const forHtml = { ...mapStrings(variables, escapeMarkdownForHtml), links: mapStrings(variables.links, escapeHtml) };
  const markdown = fill('body', content.body, forMarkdown);
  const html = htmlDocument(markdownToHtml(fill('body', content.body, forHtml)), subject, locale);
  return { subject, markdown, html, text: markdownToText(markdown) };
}
