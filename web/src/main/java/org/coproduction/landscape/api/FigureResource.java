package org.coproduction.landscape.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coproduction.landscape.dashboard.Landscape;
import org.coproduction.landscape.reports.Reports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The landscape's key figures, for a script or a funder's own dashboard. */
@Path("figures")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Figures",
    description =
        "The landscape's key figures, each by its one definition: the numbers of the dashboard, the landscape PDF and the workbook.")
public class FigureResource {

  @Inject Landscape landscape;

  @Inject Reports reports;

  @GET
  @Operation(
      summary =
          "Funding awarded, paused and lost; networks by status; active networks and events by area;"
              + " gaps;"
              + " London's share",
      description =
          "Money in pounds only (grants in other currencies are never added); each money figure"
              + " carries its name and meaning. A network counts in every area its GSS codes fall in"
              + " (a London borough in London, a Welsh authority in Wales), and so does an event.")
  @APIResponse(responseCode = "200", description = "The figures")
  public FiguresJson figures() {
    return FiguresJson.of(
        landscape.figures(),
        landscape.activeNetworksByArea(),
        landscape.eventsByArea(),
        reports.documentFigures());
  }
}
