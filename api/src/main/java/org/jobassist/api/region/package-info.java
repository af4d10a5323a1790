/**
 * Administrative divisions (GB/T 2260): division codes, their levels and containment, with a
 * built-in table of Liaoning Province.
 */
package org.jobassist.api.region;
