/**
 * The in-memory stores behind {@code org.jobassist.impl.InMemoryStores}: every write runs
 * under one writer lock per store and publishes a new immutable snapshot through a volatile
 * field (copy-on-write), so readers never block and always see whole batches. Not exported.
 */
package org.jobassist.impl.internal.memory;
