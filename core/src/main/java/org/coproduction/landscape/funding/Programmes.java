package org.coproduction.landscape.funding;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.register.Registry;

/** The register of funders' grant programmes. */
@Stateless
public class Programmes extends Registry<GrantProgramme> {

  public static final String FUNDER = "funder";

  @Override
  protected void wholeRecord(EntityGraph<GrantProgramme> plan) {
    plan.addAttributeNodes("funder");
  }

  @Override
  protected String kind() {
    return "grant programme";
  }

  @Override
  protected Class<GrantProgramme> type() {
    return GrantProgramme.class;
  }

  @Override
  protected void fetch(Root<GrantProgramme> root) {
    root.fetch(GrantProgramme_.funder, JoinType.LEFT);
  }

  @Override
  protected List<Predicate> where(
      CriteriaBuilder cb, CriteriaQuery<?> cq, Root<GrantProgramme> root, ListQuery q) {
    allowOnly(q, FUNDER);
    List<Predicate> p = new ArrayList<>();
    if (q.text() != null) {
      p.add(contains(cb, q.text(), List.of(root.get(GrantProgramme_.title))));
    }
    if (q.filter(FUNDER) != null) {
      try {
        p.add(cb.equal(root.get(GrantProgramme_.funder).get("id"), Long.valueOf(q.filter(FUNDER))));
      } catch (NumberFormatException e) {
        throw new InvalidRecordException(FUNDER, "The funder filter is an organisation's id");
      }
    }
    return p;
  }

  @Override
  protected Map<String, Expression<?>> sortKeys(Root<GrantProgramme> root) {
    return Map.of("title", root.get(GrantProgramme_.title));
  }

  @Override
  protected String defaultSort() {
    return "title";
  }
}
