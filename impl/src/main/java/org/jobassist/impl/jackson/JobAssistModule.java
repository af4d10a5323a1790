package org.jobassist.impl.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Jackson 2 module for the jobassist value types. Placeholder until the value types land.
 */
public final class JobAssistModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public JobAssistModule() {
        super("JobAssistModule");
    }
}
