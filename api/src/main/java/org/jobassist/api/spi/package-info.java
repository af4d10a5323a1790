/**
 * Storage interfaces (SPI) that a host implements so that the library reads and writes its own
 * database: {@link org.jobassist.api.spi.HouseholdStore} for household registers,
 * {@link org.jobassist.api.spi.KinshipStore} for people and their relations, and
 * {@link org.jobassist.api.spi.ZeroEmploymentCaseStore} for zero-employment family cases; and
 * the registries of other agencies, {@link org.jobassist.api.spi.EvidenceRegistry} with its
 * named registries and {@link org.jobassist.api.spi.SocialInsuranceRegistry}, bundled by
 * {@link org.jobassist.api.spi.Registries}. The
 * library ships an in-memory implementation of each ({@code org.jobassist.impl.InMemoryStores})
 * and a contract test kit ({@code org.jobassist.testkit.spi}) that every implementation must
 * pass.
 *
 * <h2>The general contract</h2>
 * Every method of every interface in this package keeps these rules unless its own javadoc
 * says more.
 * <ul>
 *   <li><b>Thread-safety.</b> An implementation is safe for use by any number of threads at
 *       once without outside locking. Concurrent writes behave as if they ran one after the
 *       other in some order (they are linearizable per store): no update is lost and counts
 *       are exact.</li>
 *   <li><b>Atomicity.</b> A write method either takes effect entirely or not at all; a batch
 *       write is all-or-nothing. Readers see a batch either whole or not at all, never a part
 *       of it. Iterations ({@code forEach}) are weakly consistent: they see every value stored
 *       before they began and no value twice, may or may not see later writes, and never
 *       throw {@link java.util.ConcurrentModificationException}.</li>
 *   <li><b>Idempotency.</b> Writing a value equal to the stored one changes nothing and is
 *       reported as unchanged, so a host may retry a write whose outcome it does not know.</li>
 *   <li><b>Null policy.</b> A null argument throws {@link java.lang.NullPointerException}
 *       before anything changes. A null element inside a batch list is bad input (code
 *       {@code store.null-item}), reported with the other faults of the batch. Methods never
 *       return null: absence is an empty {@link java.util.Optional} or an empty list.</li>
 *   <li><b>Bad input.</b> A write that breaks a rule throws
 *       {@link org.jobassist.api.error.InvalidInputException} listing every violation with
 *       its path into the argument (for a batch, {@code registers[3].id} and the like) and a
 *       stable code; it changes nothing. Messages never contain personal data.</li>
 *   <li><b>Storage failure.</b> A failure of the underlying storage throws
 *       {@link org.jobassist.api.spi.StorageException}; the write then took effect entirely
 *       or not at all, and may be retried because writes are idempotent.</li>
 *   <li><b>Returned values.</b> Lists and values returned are immutable snapshots; later
 *       writes do not change them.</li>
 * </ul>
 *
 * <p>Codes shared by the stores: {@code store.null-item} (a null element in a batch list,
 * path {@code registers[i]} or {@code cases[i]}; a {@link org.jobassist.api.spi.KinshipBatch}
 * refuses nulls when it is built) and {@code store.duplicate-key} (two items of one batch
 * with the same key, or the same kinship fact twice; the path names the later one, such as
 * {@code registers[4].id} or {@code people[2]}). Each interface documents its own codes.
 *
 * <p>The interfaces are open for implementation by hosts; they are not sealed.
 */
package org.jobassist.api.spi;
