package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.schedule.Cadence;
import org.coproduction.landscape.reports.schedule.MailNotSentException;
import org.coproduction.landscape.reports.schedule.Mailer;
import org.coproduction.landscape.reports.schedule.ReportSchedule;
import org.coproduction.landscape.reports.schedule.Schedules;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports by e-mail for scripts: the Reports screen's schedules ({@link Schedules}). Each person
 * sees and deletes only their own; someone else's schedule is "not found", as is an unknown id.
 * VIEWER and above, as the reports.
 */
@Path("schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Scheduled reports",
    description =
        "A report (with its filters) or a saved search's list sent by e-mail weekly or monthly to named"
            + " addresses, once from the whole cluster; a failed send is tried again after a wait that"
            + " doubles, five times, then waits for the next sending.")
public class ScheduleResource {

  private static final Set<String> FIELDS = Set.of("cadence", "recipients", "first");

  @Inject private Schedules schedules;
  @Inject private Reports reports;
  @Inject private Organisations organisations;
  @Inject private Programmes programmes;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Your scheduled reports, oldest first, each with how its last send went")
  @APIResponse(responseCode = "200", description = "The schedules")
  public List<ScheduleJson> mine() {
    return schedules.mine().stream().map(s -> ScheduleJson.of(s, self(s.getId()))).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of your scheduled reports")
  @APIResponse(responseCode = "200", description = "The schedule")
  @APIResponse(responseCode = "404", description = "No schedule of yours with that id")
  public ScheduleJson one(@PathParam("id") long id) {
    return ScheduleJson.of(schedules.find(id), self(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Schedules a report by e-mail",
      description =
          "Body as a report run's ({\"report\": \"funder.pdf\", \"filters\": {...}} or {\"search\": 7,"
              + " \"format\": \"csv\"}) with {\"cadence\": \"WEEKLY\" | \"MONTHLY\", \"recipients\":"
              + " [\"a@example.org\", ...] (1 to 20), \"first\": \"2026-12-07T09:00:00Z\"} (optional: the"
              + " first sending, at once unless given; a time without an offset is London's). A saved"
              + " search's filters are taken as they are now.")
  @APIResponse(responseCode = "201", description = "The schedule; Location is its address")
  @APIResponse(responseCode = "400", description = "Every field that cannot be used, named")
  @APIResponse(
      responseCode = "404",
      description = "No such report, or no saved search of yours or shared with that id")
  public Response add(JsonStructure sent) {
    JsonObject body =
        ReportRequest.object(sent, "{\"report\": ..., \"cadence\": ..., \"recipients\": [...]}");
    Problems problems = new Problems();
    Cadence cadence = cadence(problems, body.get("cadence"));
    List<String> recipients = recipients(problems, body.get("recipients"));
    Instant first = first(problems, body.get("first"));
    ReportRequest asked =
        ReportRequest.read(body, FIELDS, problems, reports, organisations, programmes);
    ReportSchedule s =
        asked.search() != null
            ? schedules.search(asked.search(), asked.format(), cadence, recipients, first)
            : schedules.document(
                asked.report().name(), asked.parameters(), cadence, recipients, first);
    URI self = URI.create(self(s.getId()));
    return Response.created(self).entity(ScheduleJson.of(s, self.toString())).build();
  }

  @POST
  @Path("{id}/send")
  @Operation(
      summary = "Sends a scheduled report now",
      description = "Produced and sent at once; its next sending stays as it was.")
  @APIResponse(responseCode = "200", description = "Sent: the schedule, with when it was sent")
  @APIResponse(responseCode = "404", description = "No schedule of yours with that id")
  @APIResponse(
      responseCode = "502",
      description = "Not sent (the mail server, the document): why; nothing else changed")
  public ScheduleJson send(@PathParam("id") long id) {
    return ScheduleJson.of(schedules.sendNow(id), self(id));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Stops a scheduled report")
  @APIResponse(responseCode = "204", description = "Deleted: nothing more is sent")
  @APIResponse(responseCode = "404", description = "No schedule of yours with that id")
  public Response delete(@PathParam("id") long id) {
    schedules.delete(id);
    return Response.noContent().build();
  }

  private String self(long id) {
    return uri.getBaseUriBuilder().path("schedules").path(String.valueOf(id)).build().toString();
  }

  private static Cadence cadence(Problems problems, JsonValue v) {
    if (v instanceof JsonString s) {
      for (Cadence c : Cadence.values()) {
        if (c.name().equalsIgnoreCase(s.getString().strip())) {
          return c;
        }
      }
    }
    problems.add("cadence", "Choose how often: \"WEEKLY\" or \"MONTHLY\"");
    return null;
  }

  private static List<String> recipients(Problems problems, JsonValue v) {
    List<String> to = new ArrayList<>();
    if (v != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue each : v.asJsonArray()) {
        if (each instanceof JsonString s) {
          try {
            to.add(Mailer.address(s.getString()));
          } catch (IllegalArgumentException e) {
            problems.add("recipients", e.getMessage());
          }
        } else {
          problems.add("recipients", "Give the addresses as strings: [\"a@example.org\"]");
          return to;
        }
      }
      return to;
    }
    problems.add("recipients", "Give the addresses to send to: [\"a@example.org\"]");
    return to;
  }

  private static Instant first(Problems problems, JsonValue v) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      String t = s.getString().strip();
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        try {
          return LocalDateTime.parse(t).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        } catch (DateTimeParseException again) {
          // named below
        }
      }
    }
    problems.add("first", "Write the first sending as 2026-12-07T09:00 (London) or with an offset");
    return null;
  }

  /** 502: the report could not be produced or the mail server did not take it. */
  @Provider
  public static class NotSent implements ExceptionMapper<MailNotSentException> {
    @Override
    public Response toResponse(MailNotSentException e) {
      return Errors.response(Status.BAD_GATEWAY, "send", e.getMessage()).build();
    }
  }
}
