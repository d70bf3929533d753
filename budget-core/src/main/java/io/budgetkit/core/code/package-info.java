/**
 * Classification codes of the 政府收支分类科目: {@link io.budgetkit.core.code.FunctionCode}
 * (支出功能分类, 类/款/项) and {@link io.budgetkit.core.code.EconomicCode} (部门预算支出经济分类,
 * 类/款), sharing {@link io.budgetkit.core.code.ClassificationCode}.
 */
package io.budgetkit.core.code;
