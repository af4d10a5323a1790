/**
 * The recognition lifecycle engine: application, decision, re-verification, transition and
 * exit, over the person and recognition stores. Internal: reached through
 * {@code org.jobassist.impl.RecognitionLifecycles}.
 */
package org.jobassist.impl.internal.lifecycle;
