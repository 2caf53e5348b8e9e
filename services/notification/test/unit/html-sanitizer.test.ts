import { isBlankHtml, sanitizeHtml } from '../../src/infra/templates/html-sanitizer';

/** What the offer service's marked renders from its default letter template, inside its own document. */
const LETTER = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Offer of employment</title>
<style>
body { font-family: Arial; }
</style>
</head>
<body>
<h1>Offer of Employment</h1>
<p>Dear Ann Lee,<br />We are pleased to offer you the position of <strong>Backend Engineer</strong> &amp; more.</p>
<table>
<thead>
<tr>
<th align="left">Item</th>
<th>Terms</th>
</tr>
</thead>
<tbody><tr>
<td>Start date</td>
<td>1 Apr 2026</td>
</tr>
</tbody></table>
<ul>
<li>Accept the offer: <a href="https://hr.example.com/offer/accept?t=abc&amp;r=1">https://hr.example.com/offer/accept?t=abc&amp;r=1</a></li>
</ul>
</body>
</html>
`;

describe('the letter HTML sanitiser', () => {
  it("keeps a letter's structure, text and web links, and drops the document around it", () => {
    const out = sanitizeHtml(LETTER);
    expect(out).toContain('<h1>Offer of Employment</h1>');
    expect(out).toContain('<p>Dear Ann Lee,<br />We are pleased to offer you the position of <strong>Backend Engineer</strong> &amp; more.</p>');
    expect(out).toContain('<th align="left" style="border:1px solid #ccc;padding:6px 12px;text-align:left">Item</th>');
    expect(out).toContain('<table style="border-collapse:collapse;margin:12px 0">');
    expect(out).toContain('<td style="border:1px solid #ccc;padding:6px 12px;text-align:left">1 Apr 2026</td>');
    expect(out).toContain(
      '<a href="https://hr.example.com/offer/accept?t=abc&amp;r=1" rel="noopener noreferrer">https://hr.example.com/offer/accept?t=abc&amp;r=1</a>',
    );
    expect(out).not.toMatch(/DOCTYPE|<html|<head|<meta|<title|Offer of employment<|<style|font-family|<body/);
  });

  it.each([
    ['<script>alert(1)</script>ok', 'ok'],
    ['<SCRIPT src="https://evil.example/x.js"></SCRIPT >ok', 'ok'],
    ['<script>never closed <p>gone</p>', ''],
    ['<img src=x onerror=alert(1)>ok', 'ok'],
    ['<p onclick="alert(1)" style="background:url(javascript:alert(1))" class="x">ok</p>', '<p>ok</p>'],
    ['<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>ok', 'ok'],
    ['<iframe src="https://evil.example"></iframe><object data="x"></object>ok', 'ok'],
    ['<form action="https://evil.example"><input name="pw"><button>Send</button></form>', 'Send'],
    ['<!-- <script>alert(1)</script> -->ok', 'ok'],
    ['<style>@import "https://evil.example/x.css";</style>ok', 'ok'],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>ok', 'ok'],
    ['<<script>script>alert(1)<</script>/script>', '&lt;/script&gt;'],
    ['<p title="x"onmouseover=alert(1)>ok', '<p>ok</p>'],
    ['a < b > c & d &amp; e', 'a &lt; b &gt; c &amp; d &amp; e'],
    ['<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
    ['<div><p>unclosed <b>bold', '<div><p>unclosed <b>bold</b></p></div>'],
    // A stray </p> is an empty paragraph, as browsers parse it; the stray </div> is dropped.
    ['</p></div>stray end tags<br/>', '<p></p>stray end tags<br />'],
  ])('makes %j safe', (input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    'jav&#x61;script:alert(1)',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'mailto:hr@example.com',
    '/relative/path',
    '//evil.example/x',
  ])('keeps only the text of a link to %j', (href) => {
    expect(sanitizeHtml(`<a href="${href}" target="_blank">click</a>`)).toBe('<a>click</a>');
  });

  it('normalises web links and escapes them', () => {
    expect(sanitizeHtml(`<a href='HTTPS://Example.COM/a b?q="1"'>x</a>`)).toBe('<a href="https://example.com/a%20b?q=%221%22" rel="noopener noreferrer">x</a>');
    expect(sanitizeHtml('<a href=http://example.com/x>x</a>')).toBe('<a href="http://example.com/x" rel="noopener noreferrer">x</a>');
  });

  it('tells a letter with no text from one with text', () => {
    expect(isBlankHtml(sanitizeHtml('<script>alert(1)</script><p> &nbsp;</p>'))).toBe(true);
    expect(isBlankHtml(sanitizeHtml(LETTER))).toBe(false);
  });
});
