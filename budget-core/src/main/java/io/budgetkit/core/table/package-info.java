/**
 * The nine standard disclosure tables as immutable values: {@link
 * io.budgetkit.core.table.SummaryTable} (收支总表, 财政拨款收支总表), {@link
 * io.budgetkit.core.table.CodedTable} (收入总表, 支出总表, tables 5-8 by functional or economic
 * code) and {@link io.budgetkit.core.table.ThreePublicTable} (“三公”经费支出表).
 *
 * <p>Every table keeps what the document prints: its title, each row's 序号, code and name, and
 * the printed amount cells by column number (栏次). A blank cell is absent from {@code cells()}
 * and reads as zero through {@link io.budgetkit.core.table.TableRow#amount(int)}; a printed
 * {@code 0} is present. Checking that the numbers agree is the rules' job, not the tables'.
 */
@BudgetStyle
package io.budgetkit.core.table;

import io.budgetkit.core.internal.BudgetStyle;
