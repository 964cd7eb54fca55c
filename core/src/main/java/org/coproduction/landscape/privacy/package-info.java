/**
 * The rights of the people the record names (UK GDPR): everything held on a person, and removing
 * what identifies them, across people, events, networks and the history of changes.
 */
package org.coproduction.landscape.privacy;
