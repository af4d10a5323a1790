/**
 * Exact money in CNY. No binary floating-point number is ever accepted or returned.
 */
package org.jobassist.api.money;
