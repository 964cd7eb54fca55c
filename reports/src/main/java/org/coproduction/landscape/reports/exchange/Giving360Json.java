package org.coproduction.landscape.reports.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.coproduction.landscape.reports.Giving360;
import org.coproduction.landscape.reports.Giving360.GrantRow;
import org.coproduction.landscape.reports.Giving360.Location;
import org.coproduction.landscape.reports.Giving360.Org;
import org.coproduction.landscape.reports.Report;
import org.coproduction.landscape.reports.ReportFilter;
import org.coproduction.landscape.reports.ReportFormat;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.sheet.About;

/**
 * Awarded grants as a 360Giving JSON package ({@code 360-giving-package-schema.json}, version 1.4),
 * written grant by grant as they are read, so that the package may hold any number of grants.
 */
@ApplicationScoped
public class Giving360Json implements Report {

  @Override
  public String name() {
    return "360giving.json";
  }

  @Override
  public String title() {
    return "Grants, 360Giving JSON";
  }

  @Override
  public Set<ReportFilter> filters() {
    return EnumSet.allOf(ReportFilter.class);
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.JSON;
  }

  @Override
  public void write(ReportSource source, ReportParameters parameters, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    JsonGenerator json = Json.createGenerator(writer);
    String issued =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(source.clock())
                .withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS));
    String quality =
        String.join("; ", Giving360.qualityNotes(source, Giving360.filter(parameters)));
    json.writeStartObject()
        .write("version", Giving360.VERSION)
        .write("title", "Grants to UK co-production networks")
        .write(
            "description",
            About.SOURCE
                + ": awarded grants ("
                + parameters.periodText()
                + "). Data quality (the 360Giving checks): "
                + quality
                + ".")
        .write("issued", issued)
        .writeStartObject("publisher")
        .write("identifier", source.prefix())
        .write("name", "Landscape of UK co-production networks")
        .writeEnd()
        .writeStartArray("grants");
    Giving360.each(source, Giving360.filter(parameters), true, g -> grant(json, g));
    json.writeEnd().writeEnd();
    json.flush();
    writer.flush();
  }

  private static void grant(JsonGenerator json, GrantRow g) {
    json.writeStartObject()
        .write("id", g.identifier())
        .write("title", g.title())
        .write("description", g.description())
        .write("currency", g.currency())
        .write("amountAwarded", g.awarded())
        .write("awardDate", g.awardDate().toString());
    if (g.applied() != null) {
      json.write("amountAppliedFor", g.applied());
    }
    if (g.disbursed() != null) {
      json.write("amountDisbursed", g.disbursed());
    }
    if (g.plannedStart() != null || g.plannedEnd() != null) {
      json.writeStartArray("plannedDates").writeStartObject();
      if (g.plannedStart() != null) {
        json.write("startDate", g.plannedStart().toString());
      }
      if (g.plannedEnd() != null) {
        json.write("endDate", g.plannedEnd().toString());
      }
      json.writeEnd().writeEnd();
    }
    json.writeStartArray("fundingOrganization");
    org(json, g.funder());
    json.writeEnd();
    if (g.recipient() != null) {
      json.writeStartArray("recipientOrganization");
      org(json, g.recipient());
      json.writeEnd();
    }
    if (g.programmeCode() != null || g.programmeTitle() != null) {
      json.writeStartArray("grantProgramme").writeStartObject();
      if (g.programmeCode() != null) {
        json.write("code", g.programmeCode());
      }
      if (g.programmeTitle() != null) {
        json.write("title", g.programmeTitle());
      }
      json.writeEnd().writeEnd();
    }
    if (!g.locations().isEmpty()) {
      json.writeStartArray("beneficiaryLocation");
      for (Location l : g.locations()) {
        json.writeStartObject()
            .write("name", l.name())
            .write("geoCode", l.geoCode())
            .write("geoCodeType", l.geoCodeType())
            .write("countryCode", "GB")
            .writeEnd();
      }
      json.writeEnd();
    }
    json.writeEnd();
  }

  private static void org(JsonGenerator json, Org o) {
    json.writeStartObject().write("id", o.id()).write("name", o.name());
    if (o.charityNumber() != null) {
      json.write("charityNumber", o.charityNumber());
    }
    if (o.companyNumber() != null) {
      json.write("companyNumber", o.companyNumber());
    }
    if (o.url() != null) {
      json.write("url", o.url());
    }
    json.writeEnd();
  }
}
