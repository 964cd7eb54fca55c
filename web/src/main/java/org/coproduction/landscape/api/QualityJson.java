package org.coproduction.landscape.api;

import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.quality.DataQuality;
import org.coproduction.landscape.quality.QualityCheck;

/** The data quality checks as of a day: each with what it means and how many grants it finds. */
public record QualityJson(LocalDate asOf, long failing, List<Check> checks) {

  /** A check: its id (its address), kind, title, meaning and the number of grants it finds. */
  public record Check(String id, String kind, String title, String meaning, long grants) {

    static Check of(QualityCheck c, long grants) {
      return new Check(c.id(), c.kind().name(), c.title(), c.meaning(), grants);
    }
  }

  /** The grants one check finds, first by identifier, with the address of each. */
  public record Failing(LocalDate asOf, Check check, List<GrantAtFault> grants) {}

  /** A grant a check finds. */
  public record GrantAtFault(long id, String identifier, String title, String href) {

    static GrantAtFault of(DataQuality.GrantAtFault g) {
      return new GrantAtFault(
          g.id(), g.identifier(), g.title(), "/" + LandscapeApi.PATH + "/grants/" + g.id());
    }
  }

  static QualityJson of(LocalDate asOf, List<DataQuality.Finding> findings) {
    return new QualityJson(
        asOf,
        findings.stream().filter(DataQuality.Finding::fails).count(),
        findings.stream().map(f -> Check.of(f.check(), f.grants())).toList());
  }
}
