package org.jobassist.impl.jackson;

/**
 * How {@link JobAssistModule} writes resident identity numbers inside results: subsidy
 * decisions and what-if reports. Results are written for reports, audits and dashboards,
 * which often end up in logs, so they mask by default; a host that sends decisions to a
 * payment system which needs the number chooses {@link #CLEAR}. A
 * {@link org.jobassist.api.identity.ResidentIdNumber} written on its own, as a field of a
 * host's record, is always in clear (see {@code docs/json.md}).
 */
public enum IdNumberDisclosure {
    /** The masked form, first 6 characters, eight asterisks and the last 4: {@code 110105********002X}. */
    MASKED,
    /** The 18 characters in clear: keep such JSON out of logs. */
    CLEAR
}
