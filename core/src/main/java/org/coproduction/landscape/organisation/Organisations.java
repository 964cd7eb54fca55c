package org.coproduction.landscape.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.register.Registry;

/** The register of organisations, with their Org-ID identifiers and the parts they play. */
@Stateless
public class Organisations extends Registry<Organisation> {

  /** The filters a list of organisations understands. */
  public static final String TYPE = "type", AREA = "area", ROLE = "role", IDENTIFIER = "identifier";

  /** The grants organisations have made: a funder is one recorded as such or that made a grant. */
  @Inject FundingRecord fundingRecord;

  @Override
  protected void wholeRecord(EntityGraph<Organisation> plan) {
    plan.addAttributeNodes("identifiers", "roles");
  }

  @Override
  protected String kind() {
    return "organisation";
  }

  @Override
  protected Class<Organisation> type() {
    return Organisation.class;
  }

  @Override
  protected List<Predicate> where(
      CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Organisation> root, ListQuery q) {
    allowOnly(q, TYPE, AREA, ROLE, IDENTIFIER);
    List<Predicate> p = new ArrayList<>();
    if (q.text() != null) {
      p.add(contains(cb, q.text(), List.of(root.get(Organisation_.name))));
    }
    if (q.filter(TYPE) != null) {
      p.add(
          cb.equal(
              root.get(Organisation_.type),
              enumFilter(TYPE, q.filter(TYPE), OrganisationType.class)));
    }
    if (q.filter(AREA) != null) {
      Area area =
          Area.ofGssCode(q.filter(AREA).toUpperCase())
              .orElseThrow(
                  () ->
                      new InvalidRecordException(
                          AREA,
                          "'"
                              + q.filter(AREA)
                              + "' is not the GSS code of a nation or English region"));
      p.add(cb.equal(root.get(Organisation_.area), area));
    }
    if (q.filter(IDENTIFIER) != null) {
      Subquery<Long> s = cq.subquery(Long.class);
      Root<Organisation> o = s.from(Organisation.class);
      s.select(o.get(Organisation_.id))
          .where(
              cb.equal(o.get(Organisation_.id), root.get(Organisation_.id)),
              cb.equal(o.join(Organisation_.identifiers), orgId(q.filter(IDENTIFIER))));
      p.add(cb.exists(s));
    }
    if (q.filter(ROLE) != null) {
      OrganisationRole role = enumFilter(ROLE, q.filter(ROLE), OrganisationRole.class);
      Predicate recorded = cb.isMember(role, root.get(Organisation_.roles));
      if (role == OrganisationRole.FUNDER) {
        recorded =
            cb.or(
                recorded,
                cb.equal(root.get(Organisation_.type), OrganisationType.FUNDER),
                fundingRecord.hasMadeAGrant(cb, cq, root));
      }
      p.add(recorded);
    }
    return p;
  }

  @Override
  protected Map<String, Expression<?>> sortKeys(Root<Organisation> root) {
    return Map.of(
        "name", root.get(Organisation_.name),
        "type", root.get(Organisation_.type),
        "area", root.get(Organisation_.area));
  }

  @Override
  protected String defaultSort() {
    return "name";
  }

  private static OrgId orgId(String value) {
    try {
      return new OrgId(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException(IDENTIFIER, e.getMessage());
    }
  }

  @Override
  protected Map<String, String> alreadyTaken(Organisation o) {
    for (OrgId id : o.getIdentifiers()) {
      if (takenByAnother(
          o,
          "select count(o) from Organisation o join o.identifiers i where i = :value and o.id <> :id",
          id)) {
        return Map.of(
            "identifiers", "Another organisation already holds the identifier " + id.value());
      }
    }
    return Map.of();
  }
}
