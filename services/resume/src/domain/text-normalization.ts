/**
 * Chinese resumes mix full-width forms (：，（）＠１３８) with ASCII; NFKC folds them to ASCII so every
 * rule downstream matches one form only. The ideographic full stop is not folded by NFKC.
 */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

export const HAN = /\p{Script=Han}/u;
export const HAN_ONLY = /^\p{Script=Han}+$/u;
