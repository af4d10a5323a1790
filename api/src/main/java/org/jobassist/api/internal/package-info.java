/**
 * Not part of the API: helpers the implementation module shares with the API module. The
 * package is exported to {@code org.jobassist.impl} only; on the class path it is visible, but
 * its classes may change or go in any release without notice. Hosts must not use them.
 */
package org.jobassist.api.internal;
