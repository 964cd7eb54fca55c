package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reports for funders and government, as downloads (VIEWER and above). */
@Path("reports")
@RequestScoped
@Tag(
    name = "Reports",
    description =
        "PDF reports and the landscape workbook. Downloads are not cached and are recorded in the audit log.")
public class ReportResource {

  @Inject private Reports reports;

  /** The landscape report for government (A4 landscape PDF). */
  @GET
  @Path("landscape.pdf")
  @Produces("application/pdf")
  public Response landscapePdf() {
    return Downloads.of(reports, "landscape.pdf", ReportParameters.none());
  }

  /** The report for one funder; optional programme id and period (from, to: YYYY-MM-DD). */
  @GET
  @Path("funders/{id}.pdf")
  @Produces("application/pdf")
  public Response funderPdf(
      @PathParam("id") long id,
      @QueryParam("programme") Long programme,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return Downloads.of(reports, "funder.pdf", Downloads.parameters(id, programme, from, to));
  }

  /** The landscape workbook for civil servants. */
  @GET
  @Path("landscape.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response landscapeWorkbook() {
    return Downloads.of(reports, "landscape.xlsx", ReportParameters.none());
  }
}
