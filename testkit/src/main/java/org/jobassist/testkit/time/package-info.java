/**
 * Generators of dates, months, date ranges and statutory-retirement inputs. The entry point is
 * {@link org.jobassist.testkit.time.Dates}.
 */
package org.jobassist.testkit.time;
