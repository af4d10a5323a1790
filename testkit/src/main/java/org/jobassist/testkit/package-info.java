/**
 * The jobassist test kit: property-based generators for every domain type (QuickTheories
 * {@code Gen}) and contract tests for the storage SPI.
 */
package org.jobassist.testkit;
