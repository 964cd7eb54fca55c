/**
 * Data quality the 360Giving way: the checks the 360Giving Data Quality Tool runs on published
 * grants beyond the schema (an amount of 0, a charity number of the wrong length, what looks like
 * an e-mail address, dates that are out of reach, identifiers readers cannot join on, grants
 * missing their programme or their places), run on the record itself so that staff mend it before a
 * funder or a civil servant publishes it. Reads the funding tables; nothing here writes.
 */
package org.coproduction.landscape.quality;
