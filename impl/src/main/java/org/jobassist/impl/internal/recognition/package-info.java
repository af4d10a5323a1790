/**
 * The recognition engine: each catalogue version's full conditions compiled once into trees
 * of evaluators, a fast path that short-circuits and memoises the leaves a person shares
 * between categories, and an explained path that evaluates every condition. Internal: reach it
 * through {@code org.jobassist.impl.Recognitions}.
 */
package org.jobassist.impl.internal.recognition;
