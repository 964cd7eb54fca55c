package org.coproduction.landscape.web.funding;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.quality.DataQuality;
import org.coproduction.landscape.quality.QualityCheck;

/**
 * The Data quality screen: every 360Giving check with the number of grants it finds, and for the
 * check chosen the grants at fault, each a link to its record, so that staff mend them before a
 * funder or a civil servant publishes the grants.
 */
@Named
@ViewScoped
public class QualityChecks implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most grants the screen lists for one check. */
  public static final int SHOWN = 100;

  @Inject DataQuality quality;

  @Inject FacesContext faces;

  private String check;
  private LocalDate asOf;
  private List<DataQuality.Finding> findings;
  private DataQuality.Finding chosen;
  private List<DataQuality.GrantAtFault> failing = List.of();

  public void load() throws IOException {
    asOf = DataQuality.today();
    findings = quality.findings(asOf);
    if (check == null || check.isBlank()) {
      return;
    }
    QualityCheck c = QualityCheck.byId(check).orElse(null);
    if (c == null) {
      faces.getExternalContext().responseSendError(404, "No such data quality check");
      faces.responseComplete();
      return;
    }
    chosen = findings.stream().filter(f -> f.check() == c).findFirst().orElseThrow();
    failing = quality.grantsFailing(c, asOf, SHOWN);
  }

  /** How many checks find at least one grant. */
  public long getFailingChecks() {
    return findings.stream().filter(DataQuality.Finding::fails).count();
  }

  public String getCheck() {
    return check;
  }

  public void setCheck(String check) {
    this.check = check;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public List<DataQuality.Finding> getFindings() {
    return findings;
  }

  public DataQuality.Finding getChosen() {
    return chosen;
  }

  public List<DataQuality.GrantAtFault> getFailing() {
    return failing;
  }
}
