package io.budgetkit.core.section;

/** What a figure stated in the narrative stands for. */
public enum FigureKind {
  /** 预算收入 (total income). */
  INCOME,
  /** 一般公共预算收入. */
  INCOME_GENERAL_PUBLIC,
  /** 基金预算收入. */
  INCOME_GOVERNMENT_FUND,
  /** 国有资本经营预算收入. */
  INCOME_STATE_CAPITAL,
  /** 财政专户核拨收入. */
  INCOME_SPECIAL_ACCOUNT,
  /** 单位资金收入. */
  INCOME_UNIT_FUNDS,
  /** 上年结转结余. */
  INCOME_CARRYOVER,
  /** 支出预算 (total expenditure). */
  EXPENDITURE,
  /** 基本支出. */
  BASIC_EXPENDITURE,
  /** 人员经费. */
  PERSONNEL,
  /** 日常公用经费. */
  PUBLIC_EXPENSES,
  /** 项目支出. */
  PROJECT_EXPENDITURE,
  /** An amount the narrative lists for one project ({@link NarrativeFigure#subject()} names it). */
  PROJECT_AMOUNT,
  /** 预算收支安排 of the change paragraph (total budget). */
  CHANGE_BASE,
  /** The change of the total against the previous year (signed). */
  CHANGE_TOTAL,
  /** The change of basic expenditure (signed). */
  CHANGE_BASIC,
  /** The change of project expenditure (signed). */
  CHANGE_PROJECT,
  /** A component of a stated change ({@link NarrativeFigure#subject()} names it; signed). */
  CHANGE_COMPONENT,
  /** 机关运行经费. */
  OPERATING_COSTS,
  /** A component the 机关运行经费 paragraph itemises ({@link NarrativeFigure#subject()} names it). */
  OPERATING_COSTS_COMPONENT,
  /** “三公”经费 in total. */
  THREE_PUBLIC,
  /** 因公出国（境）费. */
  THREE_PUBLIC_OVERSEAS,
  /** 公务用车购置及运维费. */
  THREE_PUBLIC_VEHICLES,
  /** 公务用车购置费. */
  THREE_PUBLIC_VEHICLE_PURCHASE,
  /** 公务用车运行维护费. */
  THREE_PUBLIC_VEHICLE_OPERATION,
  /** 公务接待费. */
  THREE_PUBLIC_RECEPTION,
  /** The change of “三公”经费 against the previous year (signed). */
  THREE_PUBLIC_CHANGE,
  /** 上年末固定资产金额. */
  FIXED_ASSETS,
  /** 本年度拟购置固定资产总额. */
  FIXED_ASSETS_PLANNED_PURCHASES
}
