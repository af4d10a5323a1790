/**
 * Generators of administrative division codes (GB/T 2260) from the built-in Liaoning table, of
 * any well-formed code, and of near misses. The entry point is {@link
 * org.jobassist.testkit.region.Regions}.
 */
package org.jobassist.testkit.region;
