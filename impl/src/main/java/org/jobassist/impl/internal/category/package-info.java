/**
 * Reading the category catalogue section of a policy pack: catalogue versions, categories and
 * the condition vocabulary in JSON, every fault reported with its JSON pointer.
 */
package org.jobassist.impl.internal.category;
