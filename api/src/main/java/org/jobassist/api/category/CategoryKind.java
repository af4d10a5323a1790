package org.jobassist.api.category;

/**
 * Whether a category recognises people with employment difficulties (就业困难人员) or lets
 * people enjoy the assistance policies by reference (参照享受) without being recognised.
 *
 * <p>Immutable and thread-safe.
 */
public enum CategoryKind {
    /** A category of people with employment difficulties; the catalogue's precondition applies. */
    RECOGNISED,
    /** A reference category; the catalogue's reference gate applies instead. */
    REFERENCE
}
