/**
 * Generators for the subsidy calculators and the entitlement ledger (补贴): employment spells,
 * contribution histories and whole cases drawn near the thresholds that matter.
 */
package org.jobassist.testkit.subsidy;
