/**
 * Generators for subsidies (补贴): entitlement-ledger batches valid against the standard
 * ledger rules, for property tests, contract tests and benchmarks.
 */
package org.jobassist.testkit.subsidy;
