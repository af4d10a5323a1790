/** JMH benchmarks for jobassist. */
package org.jobassist.benchmarks;
