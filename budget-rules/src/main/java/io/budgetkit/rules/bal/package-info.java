/** The balance of the 收支总表 and the 财政拨款收支总表: rule area {@code BAL}. */
package io.budgetkit.rules.bal;
