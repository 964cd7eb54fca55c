package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.run.ReportRun;
import org.coproduction.landscape.reports.run.ReportRuns;
import org.coproduction.landscape.reports.run.RunStatus;
import org.coproduction.landscape.reports.run.TooManyRunsException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Report runs for scripts: the Reports screen's runs ({@link ReportRuns}), asked for, followed and
 * downloaded over JSON. A run is produced in the background by whichever server of the cluster has
 * a free slot, and may be followed and downloaded through any server. Each person sees only their
 * own: someone else's run is "not found", as is an unknown id. VIEWER and above, as the screen.
 */
@Path("reports/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Report runs",
    description =
        "Reports produced in the background: POST a run, GET it until its status is READY, then GET its"
            + " download. At most 3 unfinished runs per person; a finished run is kept for 30 minutes"
            + " (the server's setting). Only the person who asked sees a run.")
public class RunResource {

  @Inject private ReportRuns runs;
  @Inject private Reports reports;
  @Inject private Organisations organisations;
  @Inject private Programmes programmes;
  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Asks for a report",
      description =
          "Body {\"report\": \"funder.pdf\", \"filters\": {\"funder\": 12, \"programme\": 3, \"from\": \"2024-04-01\","
              + " \"to\": \"2025-03-31\"}}; GET /api/reports lists the reports and the filters each reads. Or a"
              + " saved search's list with its filters (GET /api/searches): {\"search\": 7, \"format\": \"xlsx\"}"
              + " (xlsx, the default, or csv), produced as GET /api/<kind>/export.xlsx would be.")
  @APIResponse(responseCode = "202", description = "The run, waiting; Location is its address")
  @APIResponse(responseCode = "400", description = "A field or filter that cannot be used, named")
  @APIResponse(
      responseCode = "404",
      description = "No such report, or no saved search of yours or shared with that id")
  @APIResponse(
      responseCode = "429",
      description = "The person has 3 runs waiting or being produced already")
  public Response ask(JsonStructure sent) {
    JsonObject body = ReportRequest.object(sent, "{\"report\": ..., \"filters\": {...}}");
    Problems problems = new Problems();
    ReportRequest asked =
        ReportRequest.read(body, Set.of(), problems, reports, organisations, programmes);
    RunStatus run =
        asked.search() != null
            ? runs.submitSearch(asked.search(), asked.format())
            : runs.submit(asked.report().name(), asked.parameters());
    URI self = uri.getBaseUriBuilder().path("reports/runs").path(run.id()).build();
    return Response.accepted(RunJson.of(run, self.toString())).location(self).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A run: its status, progress and, once failed, why")
  @APIResponse(responseCode = "200", description = "The run")
  @APIResponse(responseCode = "404", description = "No run of yours with that id")
  public RunJson status(@PathParam("id") String id) {
    return RunJson.of(mine(id), self(id));
  }

  @GET
  @Path("{id}/download")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "The file of a ready run, with its file name and media type")
  @APIResponse(responseCode = "200", description = "The file; never cached")
  @APIResponse(responseCode = "404", description = "No run of yours with that id (or it expired)")
  @APIResponse(
      responseCode = "409",
      description = "The run is not ready: still waiting, being produced, or failed")
  public Response download(@PathParam("id") String id) {
    RunStatus run = mine(id);
    if (!run.ready()) {
      String message =
          run.failed()
              ? "The report failed: " + run.failure()
              : "The report is "
                  + (run.state() == ReportRun.State.WAITING
                      ? "waiting for its turn"
                      : "being produced")
                  + ": GET "
                  + self(id)
                  + " until its status is READY";
      return Errors.response(Status.CONFLICT, "status", message)
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .build();
    }
    ReportRuns.ReadyFile file = runs.ready(id).orElseThrow(() -> notFound(id));
    StreamingOutput body = out -> runs.send(file, out);
    return Response.ok(body, file.mediaType())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(HttpHeaders.CONTENT_LENGTH, file.size())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }

  private RunStatus mine(String id) {
    return runs.status(id).orElseThrow(() -> notFound(id));
  }

  private String self(String id) {
    return uri.getBaseUriBuilder().path("reports/runs").path(id).build().toString();
  }

  /** An unknown report or run: 404, with the field it is about. */
  public static class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    Missing(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  static Missing noSuchReport(String name) {
    return new Missing("report", "No report '" + name + "': GET /api/reports lists them");
  }

  private static Missing notFound(String id) {
    return new Missing("id", "No report run of yours with id " + id);
  }

  /** 404 for an unknown report or run. */
  @Provider
  public static class NotFound implements ExceptionMapper<Missing> {
    @Override
    public Response toResponse(Missing e) {
      return Errors.response(Status.NOT_FOUND, e.field, e.getMessage()).build();
    }
  }

  /** 429: the person has as many runs waiting or being produced as they may. */
  @Provider
  public static class TooMany implements ExceptionMapper<TooManyRunsException> {
    @Override
    public Response toResponse(TooManyRunsException e) {
      return Errors.response(Status.TOO_MANY_REQUESTS, null, e.getMessage())
          .header(HttpHeaders.RETRY_AFTER, "60")
          .build();
    }
  }
}
