/**
 * Subsidies (补贴): the kinds the programme pays, who receives them, the calculators' common
 * contract and their decisions, and the entitlement ledger's entries.
 *
 * <p>Every amount is {@link org.jobassist.api.money.Money} (whole fen) or an exact
 * {@link org.jobassist.api.money.Ratio}; a calculator rounds once, to the fen, and reports the
 * rounding it applied.
 */
package org.jobassist.api.subsidy;
