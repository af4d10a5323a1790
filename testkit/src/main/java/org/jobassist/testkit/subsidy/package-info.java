/**
 * Generators for the subsidy calculators and the entitlement ledger (补贴): employment spells,
 * contribution histories and whole cases drawn near the thresholds that matter; enterprises
 * near the job-stabilisation thresholds, work-for-training cases and unemployment-insurance
 * reduction periods.
 */
package org.jobassist.testkit.subsidy;
