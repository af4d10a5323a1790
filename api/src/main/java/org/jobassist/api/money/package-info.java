/**
 * Exact money in CNY. No {@code double} or {@code float} is ever accepted or returned.
 */
package org.jobassist.api.money;
