/**
 * The errors the library reports for bad input: every violation carries a field path and a
 * stable error code, and its message never contains personal data.
 */
package org.jobassist.api.error;
