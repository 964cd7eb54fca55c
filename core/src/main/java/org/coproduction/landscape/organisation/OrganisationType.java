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

  /**
   * The type an organisation known only by its Org-ID most likely is, from the register that gave
   * the identifier (a charity register, Companies House, a list of local authorities...); OTHER
   * where the register says nothing of it, or there is no identifier.
   */
  public static OrganisationType likelyFor(OrgId id) {
    if (id == null) {
      return OTHER;
    }
    return switch (id.list()) {
      case "GB-CHC", "GB-SC", "GB-NIC" -> CHARITY;
      case "GB-COH" -> COMPANY;
      case "GB-LAE", "GB-LAS", "GB-LANI", "GB-PLA" -> LOCAL_AUTHORITY;
      case "GB-NHS" -> NHS_BODY;
      case "GB-GOR" -> GOVERNMENT_BODY;
      default -> OTHER;
    };
  }
}
