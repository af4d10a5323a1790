/**
 * Reading and validating policy-pack documents. Not API: may change without notice.
 */
package org.jobassist.impl.internal.policy;
