/**
 * Generators for the cross-check (实时比对): people recognised under the Liaoning catalogue
 * with registry evidence, contribution histories and payments in two ledgers, each with
 * discrepancies planted near their thresholds, or clean just on the other side of them.
 */
package org.jobassist.testkit.crosscheck;
