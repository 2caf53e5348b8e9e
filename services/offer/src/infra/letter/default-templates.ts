import type { Locale } from '../../domain/offer';
import type { TemplateContent } from '../../domain/offer-template';

/**
 * The company defaults stored as version 1 of each language's default template on first start;
 * HR edits them like any other template (each save a new version).
 */
export const DEFAULT_TEMPLATES: Record<Locale, TemplateContent & { name: string }> = {
  'zh-CN': {
    name: '默认录用通知书',
    subject: '{{company.name}}录用通知书 – {{position.title}}',
    body: `# 录用通知书

尊敬的{{candidate.name}}：

感谢您对{{company.name}}的关注与信任。经过面试评估，我们很高兴地通知您：您已被录用为{{department.name}}的**{{position.title}}**{{#if grade}}（职级 {{grade}}）{{/if}}。录用条件如下：

| 项目 | 内容 |
| --- | --- |
| 入职日期 | {{startDate}} |
| 工作地点 | {{workLocation}} |
| 汇报对象 | {{reportingManager.name}} |
| 劳动合同 | {{contract.description}} |
| 月基本工资（税前） | {{salary.monthlyBase}} |
| 年薪月数 | {{salary.monthsPerYear}} 个月 |
{{#each salary.allowances}}
| {{name}}（每月） | {{amount}} |
{{/each}}
{{#if salary.hasBonus}}
| 年度目标奖金 | {{salary.bonus}} |
{{/if}}
| 年度现金收入合计（税前） | {{salary.annualCash}} |
{{#if probation.hasProbation}}
| 试用期 | {{probation.months}} 个月，试用期月工资 {{probation.monthlySalary}} |
{{/if}}

{{#if notes}}
{{notes}}

{{/if}}
请于 **{{expiresAt}}**（北京时间）前确认是否接受本录用通知，逾期未确认视为放弃。

- 接受录用：{{links.accept}}
- 婉拒录用：{{links.decline}}

期待您的加入！

{{company.name}} 人力资源部
{{issuedOn}}
`,
  },
  en: {
    name: 'Default offer letter',
    subject: 'Offer of employment from {{company.name}} – {{position.title}}',
    body: `# Offer of Employment

Dear {{candidate.name}},

Thank you for your interest in {{company.name}}. We are pleased to offer you the position of **{{position.title}}** in {{department.name}}{{#if grade}} (grade {{grade}}){{/if}}, on the following terms:

| Item | Terms |
| --- | --- |
| Start date | {{startDate}} |
| Work location | {{workLocation}} |
| Reporting to | {{reportingManager.name}} |
| Contract | {{contract.description}} |
| Monthly base salary (pre-tax) | {{salary.monthlyBase}} |
| Months paid per year | {{salary.monthsPerYear}} |
{{#each salary.allowances}}
| {{name}} (monthly) | {{amount}} |
{{/each}}
{{#if salary.hasBonus}}
| Annual target bonus | {{salary.bonus}} |
{{/if}}
| Total annual cash (pre-tax) | {{salary.annualCash}} |
{{#if probation.hasProbation}}
| Probation | {{probation.months}} months at {{probation.monthlySalary}} per month |
{{/if}}

{{#if notes}}
{{notes}}

{{/if}}
Please let us know whether you accept this offer by **{{expiresAt}}** (China Standard Time); after that it lapses.

- Accept the offer: {{links.accept}}
- Decline the offer: {{links.decline}}

We look forward to welcoming you.

Human Resources, {{company.name}}
{{issuedOn}}
`,
  },
};
