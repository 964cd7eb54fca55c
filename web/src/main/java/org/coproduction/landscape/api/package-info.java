/**
 * The JSON API under {@code /api}: one JAX-RS resource per kind of record over the core's
 * registers, with small JSON-B records as the public contract ({@code NetworkJson}, {@code
 * GrantJson}...). Areas and sectors are given by code, other records by id, enums by name, dates in
 * ISO form, money as exact decimals.
 *
 * <p>Every answer that is not a success carries {@code {"errors":[{"field":..., "message":...}]}}
 * ({@link org.coproduction.landscape.api.Errors}): 400 for input that breaks a rule (one message
 * per field), 401 for anonymous callers, 403 for a role that may not do it, 404 for an unknown id,
 * 409 for an edit made on a stale version, 503 (with {@code Retry-After}) while the database cannot
 * be reached.
 */
package org.coproduction.landscape.api;
