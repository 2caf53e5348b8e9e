import { inlineHeading } from './inline-headings';
import { leadingLabel } from './labelled-values';
import { headingKind } from './section-headings';
import type { SectionKind } from './section-headings';
import { foldWidth } from './text-normalization';

export { headingKind } from './section-headings';
export type { SectionKind } from './section-headings';

/** Lines before the first heading go to `header` (name, contacts in most templates). */
export interface ResumeSections {
  lines: string[];
  header: string[];
  sections: Map<SectionKind, string[]>;
}

/** Wide gaps separate a template's columns: they are kept as one tab, other runs of spaces become one. */
export function resumeLines(text: string): string[] {
  return foldWidth(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]*(?:\t|[ \u00a0]{2,})[\t \u00a0]*/g, '\t').replace(/[ \u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/** Labels that belong to the person, not to the one-line section written above them. */
const PERSONAL = new Set(['name', 'phone', 'email', 'gender', 'birth', 'age', 'city', 'experience']);

export function splitSections(text: string): ResumeSections {
  const lines = resumeLines(text);
  const header: string[] = [];
  const sections = new Map<SectionKind, string[]>();
  let current = header;
  let currentKind: SectionKind | undefined;
  let openedInline = false;
  const open = (kind: SectionKind, inline: boolean) => {
    current = sections.get(kind) ?? [];
    sections.set(kind, current);
    [currentKind, openedInline] = [kind, inline];
  };
  for (const line of lines) {
    const kind = headingKind(line);
    const inline = kind ? undefined : inlineHeading(line);
    // Under SKILLS, "Languages: Go, Java" names a group of skills, not a section of its own.
    if (inline?.kind === 'languages' && currentKind === 'skills' && !openedInline) current.push(line);
    else if (kind) open(kind, false);
    else if (inline) {
      open(inline.kind, true);
      current.push(inline.rest);
    } else {
      // "技能：Java" then "电话：…": a section opened on one line does not take the person's own lines.
      if (openedInline && PERSONAL.has(leadingLabel(line) ?? '')) open('profile', false);
      current.push(line);
    }
  }
  return { lines, header, sections };
}
