/**
 * Generators of amounts of money and ratios. The entry point is {@link
 * org.jobassist.testkit.money.Amounts}.
 */
package org.jobassist.testkit.money;
