/**
 * Saved searches: a list's filters under a name, private or shared, counted afresh whenever they
 * are shown, so that the dashboard says how many records each matches now.
 */
package org.coproduction.landscape.searches;
