/**
 * What every register of the landscape does, written once: find a record or say it is not there,
 * list a page of records by filters and sort, save with a check that nobody changed the record
 * meanwhile, write every change to the history, and import rows from a file in one transaction.
 * Each component's register ({@code Networks}, {@code Grants}...) adds its own filters and rules.
 */
package org.coproduction.landscape.register;
