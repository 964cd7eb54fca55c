package org.coproduction.landscape.organisation;

/** What kind of body an organisation is. */
public enum OrganisationType {
  CHARITY("Charity"),
  COMMUNITY_GROUP("Community group"),
  SOCIAL_ENTERPRISE("Social enterprise"),
  LOCAL_AUTHORITY("Local authority"),
  NHS_BODY("NHS body"),
  UNIVERSITY("University"),
  RESEARCH_BODY("Research body"),
  GOVERNMENT_BODY("Government body"),
  COMPANY("Company"),
  FREELANCE_PRACTITIONER("Freelance practitioner"),
  NETWORK_HOST("Network host"),
  FUNDER("Funder"),
  OTHER("Other");

  private final String displayName;

  OrganisationType(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
