package org.coproduction.landscape.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.platform.Roles;

/**
 * The 360Giving Data Quality Tool's checks run on the grants the record holds, before anyone
 * publishes them: how many grants each check finds, and which. Every count comes from one query
 * over the grants ({@link QualityCheck#countsSql}); the grants at fault for a check come from a
 * second, in identifier order.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
public class DataQuality {

  @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
  EntityManager em;

  /** A check and the number of grants it finds. */
  public record Finding(QualityCheck check, long grants) implements Serializable {

    public boolean fails() {
      return grants > 0;
    }
  }

  /** A grant a check finds: enough to name it and link to it. */
  public record GrantAtFault(long id, String identifier, String title) implements Serializable {}

  /** The UK's today, against which dates are checked. */
  public static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }

  /** Every check with its count, in the order of {@link QualityCheck}, as of {@code today}. */
  public List<Finding> findings(LocalDate today) {
    Object[] row =
        (Object[]) em.createNativeQuery(QualityCheck.countsSql(today, "")).getSingleResult();
    List<Finding> findings = new ArrayList<>();
    for (QualityCheck c : QualityCheck.values()) {
      Object n = row[c.ordinal()];
      findings.add(new Finding(c, n == null ? 0 : ((Number) n).longValue()));
    }
    return findings;
  }

  /** The number of grants {@code check} finds, as of {@code today}. */
  public long count(QualityCheck check, LocalDate today) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*)" + QualityCheck.FROM + " where " + check.condition(today))
                .getSingleResult())
        .longValue();
  }

  /** The first {@code limit} grants {@code check} finds, by identifier, as of {@code today}. */
  public List<GrantAtFault> grantsFailing(QualityCheck check, LocalDate today, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select g.id, g.identifier, g.title"
                    + QualityCheck.FROM
                    + " where "
                    + check.condition(today)
                    + " order by g.identifier")
            .setMaxResults(Math.max(1, Math.min(limit, 1000)))
            .getResultList();
    return rows.stream()
        .map(r -> new GrantAtFault(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
        .toList();
  }
}
