/**
 * The internal sums of the 财政拨款“三公”经费支出表: rule area {@code TPUB}, {@link
 * io.budgetkit.rules.tpub.ThreePublicRules}.
 */
package io.budgetkit.rules.tpub;
