/**
 * Not API: what the readers and writers of {@code io.budgetkit.io} share internally. Anything
 * here may change without notice.
 */
package io.budgetkit.io.internal;
