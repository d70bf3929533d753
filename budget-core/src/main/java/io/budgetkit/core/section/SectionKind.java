package io.budgetkit.core.section;

/** The sections of the 情况说明 a disclosure must carry (LAYOUTS.md §1). */
public enum SectionKind {
  /** 部门（单位）职责及机构设置情况. */
  DUTIES,
  /** 部门预算安排的总体情况 (the heading and any paragraph directly under it). */
  OVERVIEW,
  /** 1、收入说明. */
  INCOME,
  /** 2、支出说明. */
  EXPENDITURE,
  /** 3、比上年增减情况. */
  CHANGE,
  /** 机关运行经费安排情况. */
  OPERATING_COSTS,
  /** 财政拨款“三公”经费预算情况及增减变化原因. */
  THREE_PUBLIC,
  /** 部门整体绩效目标. */
  OVERALL_PERFORMANCE,
  /** 部门主管专项资金预算安排情况及绩效目标. */
  SPECIAL_FUNDS,
  /** 部门项目预算安排情况及绩效目标 (单位预算: 预算绩效信息). */
  PROJECTS,
  /** 政府采购预算情况. */
  PROCUREMENT,
  /** 国有资产信息. */
  ASSETS,
  /** 名词解释. */
  GLOSSARY,
  /** 其他需要说明的事项. */
  OTHER_MATTERS
}
