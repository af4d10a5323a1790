/**
 * The engine of the province-wide query of enjoyed policies: reads the ledger, the person
 * store and the recognition store, cuts the answer to the caller's scope, and audits it before
 * answering. Not exported.
 */
package org.jobassist.impl.internal.query;
