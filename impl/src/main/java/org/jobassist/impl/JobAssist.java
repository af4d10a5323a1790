package org.jobassist.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The entry point a host system builds once and shares: it holds the configuration every
 * engine needs.
 *
 * <p>This is the only place in the library that knows a {@link Clock}: engines always take an
 * explicit date, and {@link #today()} is how a host that wants "as of now" gets one. The
 * default clock is the system clock in China Standard Time ({@code Asia/Shanghai}), because
 * the programme's dates are Chinese calendar dates wherever the server runs.
 *
 * <p>Immutable and thread-safe.
 */
public final class JobAssist {

    /** The zone of the default clock. */
    public static final ZoneId CHINA_STANDARD_TIME = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    private JobAssist(Builder builder) {
        this.clock = builder.clock;
    }

    /**
     * A builder with the defaults: the system clock in {@link #CHINA_STANDARD_TIME}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Today's date by the configured clock, to pass to an engine as its as-of date.
     *
     * @return the current date in the clock's zone
     */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /**
     * The configured clock.
     *
     * @return the clock; never null
     */
    public Clock clock() {
        return clock;
    }

    /** Builds a {@link JobAssist}. Not thread-safe; build once, then share the result. */
    public static final class Builder {
        private Clock clock = Clock.system(CHINA_STANDARD_TIME);

        private Builder() {}

        /**
         * Sets the clock that {@link JobAssist#today()} reads; tests pass a fixed clock.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the configured instance.
         *
         * @return a new, immutable {@link JobAssist}
         */
        public JobAssist build() {
            return new JobAssist(this);
        }
    }
}
