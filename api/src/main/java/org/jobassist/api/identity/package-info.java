/**
 * Identifiers of people and organisations: the resident identity number (GB 11643-1999),
 * the unified social credit code (GB 32100-2015) and gender.
 *
 * <p>Every type here is immutable and thread-safe. None of them shows personal data in clear
 * in {@code toString()} or in exception messages.
 */
package org.jobassist.api.identity;
