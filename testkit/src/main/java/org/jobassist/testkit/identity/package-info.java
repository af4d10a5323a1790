/**
 * Generators of identifiers: resident identity numbers (GB 11643), unified social credit codes
 * (GB 32100) and genders, valid by construction, with near-miss invalid variants labelled by
 * the error code each must be rejected with. The entry point is {@link
 * org.jobassist.testkit.identity.Identities}.
 */
package org.jobassist.testkit.identity;
