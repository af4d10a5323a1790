/**
 * Generators of category conditions for property tests: valid trees and near misses. The
 * entry point is {@link org.jobassist.testkit.category.Conditions}.
 */
package org.jobassist.testkit.category;
