package org.coproduction.landscape.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.coproduction.landscape.organisation.FundingRecord;
import org.coproduction.landscape.organisation.Organisation;

/** The grants an organisation has made, as the organisations register asks for them. */
@ApplicationScoped
public class GrantsMade implements FundingRecord {

  @Override
  public Predicate hasMadeAGrant(
      CriteriaBuilder cb, AbstractQuery<?> query, Path<Organisation> organisation) {
    Subquery<Long> grants = query.subquery(Long.class);
    Root<Grant> g = grants.from(Grant.class);
    grants.select(g.get(Grant_.id)).where(cb.equal(g.get(Grant_.funder), organisation));
    return cb.exists(grants);
  }
}
