/**
 * The change feed of the in-memory stores and registries: {@link
 * org.jobassist.impl.internal.changes.ChangeLog}, behind their {@code changedSince} methods.
 */
package org.jobassist.impl.internal.changes;
