import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';

/**
 * The candidates' response pages (interview invitations, offers): one look, one CSP, shared by both.
 * Templates are fixed here and compiled once; every value goes in
 * through `{{…}}`, which Handlebars HTML-escapes (no triple-stash anywhere), so names, titles or
 * comments can never become markup or script.
 */
const STYLE = [
  'body{margin:0;background:#f5f6f8;color:#1f2328;font:16px/1.6 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}',
  'main{max-width:560px;margin:40px auto;padding:32px;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.1)}',
  'h1{font-size:22px;margin:0 0 16px}dl{margin:16px 0}dt{color:#59636e;font-size:14px}dd{margin:0 0 12px}',
  '.note{color:#59636e}.code{color:#59636e;font-size:13px}.error{color:#cf222e;font-weight:600}',
  'label{display:block;margin:16px 0 4px}textarea{width:100%;box-sizing:border-box;font:inherit;padding:8px}',
  'button{margin-top:16px;padding:10px 24px;border:0;border-radius:6px;font:inherit;color:#fff;cursor:pointer}',
  'button.confirm,button.accept{background:#1f883d}button.decline{background:#cf222e}',
].join('');

/** The page allows only its own inline style and a form posting back to this origin. */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const hbs = Handlebars.create();

hbs.registerPartial(
  'layout',
  `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{{documentTitle}}</title>
<style>${STYLE}</style>
</head>
<body><main>
{{> @partial-block}}
</main></body>
</html>
`,
);

export interface ResponseFormView {
  lang: string;
  documentTitle: string;
  heading: string;
  greeting: string;
  intro: string;
  details: Array<{ label: string; value: string }>;
  statusNote?: string;
  /** Why the last post was refused (e.g. a missing reason), shown above the form. */
  error?: string;
  /** Absent when the link can no longer be answered (answered already, expired …). */
  form?: { action: string; button: string; field?: ResponseFormField };
  otherChoice?: string;
}

/** The one text box of a form: a comment, or a reason the candidate must give. */
export interface ResponseFormField {
  name: string;
  label: string;
  required?: boolean;
}

export const responseFormPage = hbs.compile<ResponseFormView>(`{{#> layout}}
<h1>{{heading}}</h1>
<p>{{greeting}}</p>
<p>{{intro}}</p>
<dl>
{{#each details}}<dt>{{label}}</dt><dd>{{value}}</dd>
{{/each}}</dl>
{{#if statusNote}}<p class="note">{{statusNote}}</p>{{/if}}
{{#if error}}<p class="error" role="alert">{{error}}</p>{{/if}}
{{~#with form}}
{{!-- No action attribute: the form posts back to this page's own URL, behind any proxy prefix. --}}
<form method="post">
<input type="hidden" name="action" value="{{action}}">
{{~#with field}}
<label for="{{name}}">{{label}}</label>
<textarea id="{{name}}" name="{{name}}" rows="4" maxlength="1000"{{#if required}} required{{/if}}></textarea>
{{~/with}}
<button type="submit" class="{{action}}">{{button}}</button>
</form>
{{~/with}}
{{#if otherChoice}}<p class="note">{{otherChoice}}</p>{{/if}}
{{/layout}}`);

export interface MessageView {
  lang: string;
  documentTitle: string;
  heading: string;
  text: string;
  detail?: string;
  code?: string;
  codeLabel?: string;
}

export const messagePage = hbs.compile<MessageView>(`{{#> layout}}
<h1>{{heading}}</h1>
<p>{{text}}</p>
{{#if detail}}<p class="note">{{detail}}</p>{{/if}}
{{#if code}}<p class="code">{{codeLabel}}: {{code}}</p>{{/if}}
{{/layout}}`);
