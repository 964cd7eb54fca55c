package org.coproduction.landscape.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.quality.DataQuality;
import org.coproduction.landscape.quality.QualityCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 360Giving data quality checks on the record's grants, for a script or a publisher. */
@Path("quality")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Data quality",
    description =
        "The 360Giving Data Quality Tool's checks beyond the schema, run on the grants the record"
            + " holds before anyone publishes them.")
public class QualityResource {

  /** The most grants one answer lists. */
  static final int MOST = 1000;

  @Inject DataQuality quality;

  @GET
  @Operation(
      summary = "Every check with the number of grants it finds",
      description =
          "QUALITY checks find what is wrong (an amount of 0, a charity number of the wrong length,"
              + " what looks like an e-mail address, dates out of reach); USEFULNESS checks find"
              + " what makes the grants harder to use (identifiers readers cannot join on, no"
              + " programme, no places). Dates are checked against today in the UK.")
  @APIResponse(responseCode = "200", description = "The checks")
  public QualityJson checks() {
    LocalDate today = DataQuality.today();
    return QualityJson.of(today, quality.findings(today));
  }

  @GET
  @Path("{check}")
  @Operation(
      summary = "The grants one check finds, by identifier",
      description = "Each grant with the address of its record.")
  @APIResponse(responseCode = "200", description = "The grants at fault")
  @APIResponse(responseCode = "400", description = "size is not a whole number from 1 to 1000")
  @APIResponse(responseCode = "404", description = "No check has that id")
  public QualityJson.Failing failing(
      @PathParam("check") String id,
      @Parameter(description = "How many grants to list, 1 to 1000 (100 unless given)")
          @QueryParam("size")
          String size) {
    QualityCheck check =
        QualityCheck.byId(id).orElseThrow(() -> new RecordNotFoundException("quality check", id));
    int limit = limit(size);
    LocalDate today = DataQuality.today();
    return new QualityJson.Failing(
        today,
        QualityJson.Check.of(check, quality.count(check, today)),
        quality.grantsFailing(check, today, limit).stream()
            .map(QualityJson.GrantAtFault::of)
            .toList());
  }

  private static int limit(String size) {
    if (size == null || size.isBlank()) {
      return 100;
    }
    try {
      int n = Integer.parseInt(size.trim());
      if (n >= 1 && n <= MOST) {
        return n;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw new InvalidRecordException("size", "size is a whole number from 1 to " + MOST);
  }
}
