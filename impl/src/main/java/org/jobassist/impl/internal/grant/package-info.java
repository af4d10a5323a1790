/**
 * The grant service behind {@code org.jobassist.impl.SubsidyGrants}: decisions turned into
 * ledger entries and recorded all or nothing, batches in two modes, and the ledger facts a
 * social-insurance or public-welfare-post case needs before it is calculated. Not exported.
 */
package org.jobassist.impl.internal.grant;
