/** The 固定资产占用情况表: rule area {@code ASSET}. */
package io.budgetkit.rules.asset;
