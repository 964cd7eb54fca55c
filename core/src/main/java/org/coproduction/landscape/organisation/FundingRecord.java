package org.coproduction.landscape.organisation;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/**
 * What the funding record says about an organisation. An organisation funds when it is recorded as
 * a funder or when it has made a grant; the grants are kept by the funding component, which names
 * organisations as funders and recipients. Organisations ask through this, answered by funding, so
 * that the dependency runs one way only: funding on organisations.
 */
public interface FundingRecord {

  /** The condition that {@code organisation} has made at least one grant, inside {@code query}. */
  Predicate hasMadeAGrant(
      CriteriaBuilder cb, AbstractQuery<?> query, Path<Organisation> organisation);
}
