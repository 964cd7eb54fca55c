/**
 * The lists staff keep to describe records in the field's words: the sectors networks work in and
 * the themes of events and insights (co-option, Covid impact, funding...). Records refer to an
 * entry by its code.
 */
package org.coproduction.landscape.vocabulary;
