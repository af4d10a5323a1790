/**
 * Generators of legal bases and explanation trees, for serialisation round trips. The entry
 * points are {@link org.jobassist.testkit.law.LegalBases} and {@link
 * org.jobassist.testkit.law.Explanations}.
 */
package org.jobassist.testkit.law;
