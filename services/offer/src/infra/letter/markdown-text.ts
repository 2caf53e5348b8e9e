import type { Token, Tokens } from 'marked';
import { markdownTokens } from './markdown';

/** The words of inline tokens; a link keeps its address so plain text and PDF readers can follow it. */
export function inlineText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      switch (token.type) {
        case 'text':
          return 'tokens' in token && token.tokens ? inlineText(token.tokens) : (token as Tokens.Text).text;
        case 'escape':
        case 'codespan':
          return (token as Tokens.Escape).text;
        case 'br':
          return '\n';
        case 'link': {
          const link = token as Tokens.Link;
          const words = inlineText(link.tokens);
          return words === link.href ? link.href : `${words} (${link.href})`;
        }
        case 'html':
          return '';
        default:
          return 'tokens' in token ? inlineText(token.tokens) : '';
      }
    })
    .join('');
}

function blockText(token: Token): string | undefined {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      return inlineText((token as Tokens.Paragraph).tokens);
    case 'list': {
      const list = token as Tokens.List;
      const first = typeof list.start === 'number' ? list.start : 1;
      return list.items.map((item, i) => `${list.ordered ? `${first + i}.` : '-'} ${inlineText(item.tokens).trim()}`).join('\n');
    }
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens)).join(' | ')).join('\n');
    }
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.map(blockText).filter(Boolean).join('\n');
    case 'code':
      return (token as Tokens.Code).text;
    case 'hr':
      return '----';
    default:
      return undefined;
  }
}

/** The plain-text alternative of an e-mail written in markdown. */
export function markdownToText(markdown: string): string {
  const blocks = markdownTokens(markdown).map(blockText).filter((text): text is string => text !== undefined && text !== '');
  return `${blocks.join('\n\n').trim()}\n`;
}
