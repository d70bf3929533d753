/**
 * Disclosure profiles: which tables a jurisdiction publishes, in which order, with which titles,
 * columns (栏次), printed unit and precision. {@link io.budgetkit.core.profile.DisclosureProfile#common()}
 * is the common nine-table 万元 profile.
 */
@BudgetStyle
package io.budgetkit.core.profile;

import io.budgetkit.core.internal.BudgetStyle;
