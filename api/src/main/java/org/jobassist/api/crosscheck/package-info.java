/**
 * Classified management of the real-name database (分类管理) and its cross-check against
 * other agencies' registries and the entitlement ledger (实时比对): the query model
 * ({@link org.jobassist.api.crosscheck.ClassifiedQuery},
 * {@link org.jobassist.api.crosscheck.ClassifiedRegister}) and the discrepancy model
 * ({@link org.jobassist.api.crosscheck.Discrepancy},
 * {@link org.jobassist.api.crosscheck.CrossCheck}). The engines are in
 * {@code org.jobassist.impl.CrossChecks}.
 *
 * <p>No type of this package shows personal data in clear: people appear by their host id and
 * the masked ID number.
 */
package org.jobassist.api.crosscheck;
