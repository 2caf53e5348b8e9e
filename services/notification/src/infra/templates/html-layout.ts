/** Blank-line paragraphs and line breaks of the (already escaped) body become HTML; nothing else is added. */
export function toHtmlParagraphs(escapedBody: string): string {
  return tidyText(escapedBody)
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').join('<br>\n')}</p>`)
    .join('\n');
}

/** Conditional blocks leave runs of blank lines behind; a message shows at most one. */
export function tidyText(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Every argument is already escaped HTML. */
export function htmlDocument(parts: { lang: string; title: string; body: string; footer: string }): string {
  return `<!DOCTYPE html>
<html lang="${parts.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${parts.title}</title></head>
<body style="font-family: -apple-system, 'PingFang SC', 'Microsoft YaHei', Arial, sans-serif; font-size: 14px; line-height: 1.6; color: #222;">
${parts.body}
<hr style="border: none; border-top: 1px solid #ddd;">
<p style="font-size: 12px; color: #888;">${parts.footer}</p>
</body>
</html>
`;
}
