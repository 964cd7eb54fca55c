package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.knowledge.Insight;
import org.coproduction.landscape.knowledge.Insights;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.vocabulary.Sectors;
import org.coproduction.landscape.vocabulary.Themes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("insights")
@RequestScoped
@Tag(
    name = "Insights",
    description =
        "Filters: theme, sector (codes), area (GSS code), network, event (ids). Sort: recordedOn, source.")
public class InsightResource extends RecordResource<Insight, InsightJson> {

  @Inject private Insights insights;
  @Inject private Themes themes;
  @Inject private Sectors sectors;
  @Inject private Events events;
  @Inject private Networks networks;

  public InsightResource() {
    super(Insight.class, Insight::blank, Map.of("event", "eventId", "networks", "networkIds"));
  }

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.INSIGHTS;
  }

  @Override
  protected Registry<Insight> registry() {
    return insights;
  }

  @Override
  protected InsightJson toJson(Insight i) {
    return new InsightJson(
        i.getId(),
        i.getVersion(),
        i.getText(),
        i.getTheme() == null ? null : i.getTheme().getCode(),
        idOf(i.getEvent()),
        idsOf(i.getNetworks()),
        entryCodes(i.getSectors()),
        codesOf(i.getAreas()),
        i.getRecordedOn(),
        i.getSource());
  }

  @Override
  protected void apply(InsightJson json, Insight i, Problems problems) {
    i.setText(json.text());
    i.setTheme(problems.code("theme", themes, json.theme()));
    i.setEvent(problems.reference("eventId", events, json.eventId()));
    i.setNetworks(problems.references("networkIds", networks, json.networkIds()));
    i.setSectors(problems.codes("sectors", sectors, json.sectors()));
    i.setAreas(problems.areaCodes("areas", json.areas()));
    i.setRecordedOn(json.recordedOn());
    i.setSource(json.source());
  }
}
