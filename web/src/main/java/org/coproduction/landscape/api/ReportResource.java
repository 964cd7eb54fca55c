package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reports for funders and government, as downloads (VIEWER and above), and the list of every
 * report that may be asked for as a run ({@link RunResource}).
 */
@Path("reports")
@RequestScoped
@Tag(
    name = "Reports",
    description =
        "PDF reports and the landscape workbook. Downloads are not cached and are recorded in the audit log.")
public class ReportResource {

  @Inject private Downloads downloads;

  @Inject private Reports reports;

  /**
   * The reports of the Reports screen, PDFs first: each one's id (what {@code POST
   * /api/reports/runs} takes), title, media type and the filters it reads.
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The reports that may be asked for as runs (POST /api/reports/runs)")
  @APIResponse(responseCode = "200", description = "[{id, title, mediaType, filters}]")
  public List<ReportJson> list() {
    return reports.catalogue().stream().map(ReportJson::of).toList();
  }

  /** The landscape report for government (A4 landscape PDF). */
  @GET
  @Path("landscape.pdf")
  @Produces("application/pdf")
  @APIResponse(responseCode = "200", description = "The PDF")
  @APIResponse(
      responseCode = "503",
      description = "Too many documents are being produced; Retry-After says when to try again")
  public Response landscapePdf() {
    return downloads.of("landscape.pdf", ReportParameters.none());
  }

  /** The report for one funder; optional programme id and period (from, to: YYYY-MM-DD). */
  @GET
  @Path("funders/{id}.pdf")
  @Produces("application/pdf")
  @APIResponse(responseCode = "200", description = "The PDF")
  @APIResponse(responseCode = "400", description = "A filter that cannot be read, named")
  @APIResponse(responseCode = "404", description = "No funder with that id")
  @APIResponse(
      responseCode = "503",
      description = "Too many documents are being produced; Retry-After says when to try again")
  public Response funderPdf(
      @PathParam("id") long id,
      @QueryParam("programme") Long programme,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return downloads.of("funder.pdf", Downloads.parameters(id, programme, from, to));
  }

  /** The landscape workbook for civil servants. */
  @GET
  @Path("landscape.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  @APIResponse(responseCode = "200", description = "The workbook")
  @APIResponse(
      responseCode = "503",
      description = "Too many documents are being produced; Retry-After says when to try again")
  public Response landscapeWorkbook() {
    return downloads.of("landscape.xlsx", ReportParameters.none());
  }
}
