package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.coproduction.landscape.reports.ReportParameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open-standard exports (VIEWER and above): 360Giving, iCalendar, Kumu. */
@Path("exports")
@RequestScoped
@Tag(
    name = "Exports",
    description =
        "Awarded grants in the 360Giving Data Standard, events as iCalendar, the network of networks for Kumu.")
public class ExportResource {

  @Inject private Downloads downloads;

  /** Awarded grants as a 360Giving JSON package; optional funder, programme and period. */
  @GET
  @Path("360giving.json")
  @Produces("application/json")
  @APIResponse(responseCode = "200", description = "The 360Giving JSON package")
  @APIResponse(responseCode = "400", description = "A filter that cannot be read, named")
  @APIResponse(
      responseCode = "503",
      description = "Too many documents are being produced; Retry-After says when to try again")
  public Response giving360Json(
      @QueryParam("funder") Long funder,
      @QueryParam("programme") Long programme,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return downloads.of("360giving.json", Downloads.parameters(funder, programme, from, to));
  }

  /** Awarded grants as a 360Giving spreadsheet; optional funder, programme and period. */
  @GET
  @Path("360giving.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  @APIResponse(responseCode = "200", description = "The 360Giving workbook")
  @APIResponse(responseCode = "400", description = "A filter that cannot be read, named")
  @APIResponse(
      responseCode = "503",
      description = "Too many documents are being produced; Retry-After says when to try again")
  public Response giving360Workbook(
      @QueryParam("funder") Long funder,
      @QueryParam("programme") Long programme,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return downloads.of("360giving.xlsx", Downloads.parameters(funder, programme, from, to));
  }

  /** The events as an iCalendar file; optional period. */
  @GET
  @Path("events.ics")
  @Produces("text/calendar")
  @APIResponse(responseCode = "200", description = "The iCalendar file")
  @APIResponse(responseCode = "400", description = "A filter that cannot be read, named")
  @APIResponse(
      responseCode = "503",
      description = "Too many documents are being produced; Retry-After says when to try again")
  public Response eventsCalendar(@QueryParam("from") String from, @QueryParam("to") String to) {
    return downloads.of("events.ics", Downloads.parameters(null, null, from, to));
  }

  /** The network of networks as a Kumu workbook. */
  @GET
  @Path("kumu.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  @APIResponse(responseCode = "200", description = "The Kumu workbook")
  @APIResponse(
      responseCode = "503",
      description = "Too many documents are being produced; Retry-After says when to try again")
  public Response kumuWorkbook() {
    return downloads.of("kumu.xlsx", ReportParameters.none());
  }
}
