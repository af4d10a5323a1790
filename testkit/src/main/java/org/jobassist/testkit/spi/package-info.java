/**
 * The SPI contract kit: one abstract JUnit 5 class per storage interface of
 * {@link org.jobassist.api.spi}, in the style of Micrometer's
 * {@code MeterRegistryCompatibilityKit}. A host extends the class, implements the factory hook
 * ({@code createStore()}) to return a new, empty store, and runs it with its other tests:
 *
 * <pre>{@code
 * class JdbcHouseholdStoreTest extends HouseholdStoreContract {
 *     @Override
 *     protected HouseholdStore createStore() {
 *         return new JdbcHouseholdStore(freshSchema());
 *     }
 * }
 * }</pre>
 *
 * <p>Each operation has one {@code @Nested} group; each test's display name states one rule
 * of the contract, so a failure names the rule broken. Data comes from the generators of
 * {@code org.jobassist.testkit.family}, drawn with the seed of
 * {@link org.jobassist.testkit.Properties#seed()}. The concurrency groups run four writer
 * threads and finish in a few seconds against the in-memory stores.
 */
package org.jobassist.testkit.spi;
