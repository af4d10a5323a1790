/**
 * Legal bases (法律依据) and explanations: every decision of the library says which rules it
 * applied, what it read, how each condition came out and on what legal basis.
 */
package org.jobassist.api.law;
