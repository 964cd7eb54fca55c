package org.coproduction.landscape.organisation;

/**
 * A part an organisation plays in the landscape. FUNDER may be recorded, and is also derived from
 * the grants an organisation makes.
 */
public enum OrganisationRole {
  FUNDER,
  NETWORK_HOST,
  CONVENOR,
  RESEARCH_PARTNER,
  DELIVERY_PARTNER
}
