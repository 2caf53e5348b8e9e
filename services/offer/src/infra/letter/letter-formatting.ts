import { DateTime } from 'luxon';
import { toCents } from '../../domain/money';
import type { Contract, Locale } from '../../domain/offer';

/** Amounts in zh-CN grouping for both languages: "¥30,000.00" in Chinese letters, "CNY 30,000.00" in English. */
const GROUPED = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatCents(cents: number, locale: Locale): string {
  const amount = GROUPED.format(cents / 100);
  return locale === 'zh-CN' ? `¥${amount}` : `CNY ${amount}`;
}

export function formatMoney(text: string, locale: Locale): string {
  return formatCents(toCents(text), locale);
}

const DATE_FORMAT: Record<Locale, string> = { 'zh-CN': 'yyyy年M月d日', en: 'd MMMM yyyy' };
const TIME_FORMAT: Record<Locale, string> = { 'zh-CN': 'yyyy年M月d日 HH:mm', en: 'd MMMM yyyy, HH:mm' };

/** A calendar date (YYYY-MM-DD): "2026年12月15日" / "15 December 2026". */
export function formatCalendarDate(date: string, locale: Locale): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).setLocale(locale).toFormat(DATE_FORMAT[locale]);
}

/** An instant in the company's time zone: "2026年12月5日 18:00" / "5 December 2026, 18:00". */
export function formatInstant(instant: Date, locale: Locale, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).setLocale(locale).toFormat(TIME_FORMAT[locale]);
}

export function formatDateOf(instant: Date, locale: Locale, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).setLocale(locale).toFormat(DATE_FORMAT[locale]);
}

const CONTRACT_LABELS: Record<Locale, Record<Contract['type'], (years: number) => string>> = {
  'zh-CN': {
    fixed_term: (years) => `${years}年固定期限劳动合同`,
    open_ended: () => '无固定期限劳动合同',
    internship: () => '实习协议',
  },
  en: {
    fixed_term: (years) => `${years}-year fixed-term employment contract`,
    open_ended: () => 'open-ended employment contract',
    internship: () => 'internship agreement',
  },
};

export function describeContract(contract: Contract, locale: Locale): string {
  return CONTRACT_LABELS[locale][contract.type](contract.years);
}

const CONTRACT_TYPE_LABELS: Record<Locale, Record<Contract['type'], string>> = {
  'zh-CN': { fixed_term: '固定期限', open_ended: '无固定期限', internship: '实习' },
  en: { fixed_term: 'fixed-term', open_ended: 'open-ended', internship: 'internship' },
};

export function contractTypeLabel(contract: Contract, locale: Locale): string {
  return CONTRACT_TYPE_LABELS[locale][contract.type];
}
