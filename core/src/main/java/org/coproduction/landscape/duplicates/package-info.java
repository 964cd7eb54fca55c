/**
 * The same organisation or person entered twice: the likely pairs, found by what they share (the
 * name as people write it differently, the e-mail address, the name at the same organisation) or,
 * on PostgreSQL, by how alike their names are.
 */
package org.coproduction.landscape.duplicates;
