/**
 * Helpers shared by the generators of the test kit. Not exported: not part of the published
 * API.
 */
package org.jobassist.testkit.internal;
