/**
 * The in-memory entitlement ledger behind {@code org.jobassist.impl.InMemoryStores#ledger}:
 * an append-only log of entries with a committed watermark, indexes of log positions by party
 * and by city, kind and month, one writer lock, and lock-free readers that see every batch
 * whole or not at all. Not exported.
 */
package org.jobassist.impl.internal.ledger;
