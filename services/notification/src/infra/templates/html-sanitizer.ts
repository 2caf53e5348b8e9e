import sanitize from 'sanitize-html';

/**
 * Sanitises HTML another service rendered (an offer letter from a Markdown template HR edits, where
 * raw HTML passes through) with sanitize-html and an allow-list: only the structure of a letter
 * survives — headings, paragraphs, lists, tables, emphasis and absolute http(s) links. No script,
 * handler, style, form, frame or image (images would also be tracking pixels).
 */

const ALLOWED_TAGS = [
  ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'span', 'blockquote', 'pre', 'code'],
  ...['strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'a'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
];

/** Dropped with everything inside them, not just unwrapped. */
const DROPPED_WITH_CONTENT = [
  ...['script', 'style', 'head', 'title', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template'],
  ...['noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'textarea', 'select', 'option', 'svg', 'math', 'canvas', 'audio', 'video'],
];

/** Letters lose their <style> sheet here, so tables keep their rules inline (our values, never the input's). */
const CELL_STYLE = 'border: 1px solid #ccc; padding: 6px 12px; text-align: left;';
const TABLE_STYLES: Record<string, string> = { table: 'border-collapse: collapse; margin: 12px 0;', th: CELL_STYLE, td: CELL_STYLE };

const withTableStyle = (tagName: string, attribs: sanitize.Attributes): sanitize.Tag => ({
  tagName,
  attribs: { ...attribs, style: TABLE_STYLES[tagName] },
});

/** Only absolute web links stay links; anything else (javascript:, data:, relative) loses its href. */
function webLink(tagName: string, attribs: sanitize.Attributes): sanitize.Tag {
  const { href, title } = attribs;
  try {
    const url = new URL(href ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      return { tagName, attribs: { href: url.href, rel: 'noopener noreferrer', ...(title ? { title } : {}) } };
    }
  } catch {
    // not an absolute URL: falls through to a plain <a>
  }
  return { tagName, attribs: title ? { title } : {} };
}

const OPTIONS: sanitize.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    th: ['colspan', 'rowspan', 'style', { name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
    td: ['colspan', 'rowspan', 'style', { name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
    table: ['style'],
    ol: ['start'],
  },
  // Our own inline table styles pass; sanitize-html checks every style against this.
  allowedStyles: {
    '*': {
      border: [/^1px solid #ccc$/],
      'border-collapse': [/^collapse$/],
      margin: [/^12px 0$/],
      padding: [/^6px 12px$/],
      'text-align': [/^left$/],
    },
  },
  selfClosing: ['br', 'hr'],
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  nonTextTags: DROPPED_WITH_CONTENT,
  disallowedTagsMode: 'discard',
  transformTags: { a: webLink, table: withTableStyle, th: withTableStyle, td: withTableStyle },
};

export function sanitizeHtml(html: string): string {
  return sanitize(html, OPTIONS);
}

/** True when the HTML shows no text at all (e.g. it was nothing but script). */
export function isBlankHtml(html: string): boolean {
  return sanitize(html, { allowedTags: [], allowedAttributes: {} }).replace(/&nbsp;|&#160;|\s/g, '') === '';
}
