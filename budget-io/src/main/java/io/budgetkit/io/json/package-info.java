/**
 * The {@code budgetkit/1} JSON format of a whole budget: {@link
 * io.budgetkit.io.json.BudgetJson} reads and writes it strictly and deterministically, {@link
 * io.budgetkit.io.json.BudgetJsonModule} plugs it into a host's Jackson {@code ObjectMapper}, and
 * the JSON Schema {@code budgetkit-1.schema.json} beside these classes describes it.
 *
 * <p>The shape, in short: {@code format}, {@code department} ({@code code}, {@code name}),
 * {@code year}, {@code kind} (部门 or 单位), {@code profile} (the name of a known profile —
 * {@code common}, {@code common-yuan-2} — or a custom profile embedded with its table layouts),
 * {@code tables} (each with its kind id, printed title, rows with {@code seq}, labels or code and
 * name, and {@code cells} by 栏次, e.g. {@code {"3": "2143.14"}}; a blank cell is absent, a
 * printed 0 is {@code "0.00"}; a table printed in another layout than its profile's carries its
 * own {@code layout}), {@code narrative}, {@code organisation}, {@code projects}, and optionally
 * {@code procurement} and {@code fixedAssets}. Amounts are strings in 万元 as {@link
 * io.budgetkit.core.amount.Amount#toString()} prints them; codes are strings; optional values
 * are left out when absent; every other field is required; unknown fields are errors.
 */
package io.budgetkit.io.json;
