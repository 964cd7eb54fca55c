package org.coproduction.landscape.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Sectors;
import org.coproduction.landscape.vocabulary.Theme;
import org.coproduction.landscape.vocabulary.Themes;

/**
 * Insights from a spreadsheet (the write-up of a roundtable, a programme's lessons): each row
 * checked against the same rules as an insight saved by hand, nothing written unless every row is
 * valid. The theme is a theme code; the event is an event in the record, by title; networks by
 * name, sectors by code and areas by GSS code, several separated by "|".
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class InsightImport extends RowImport<Insight> {

  public static final String THEME = "theme",
      TEXT = "text",
      EVENT = "event",
      RECORDED_ON = "recorded_on",
      SOURCE = "source",
      NETWORKS = "networks",
      SECTORS = "sectors",
      AREAS = "areas";

  /** The columns an import understands; theme, text, recorded_on and source are required. */
  public static final List<String> COLUMNS =
      List.of(THEME, TEXT, EVENT, RECORDED_ON, SOURCE, NETWORKS, SECTORS, AREAS);

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  @Inject Insights insights;

  @Inject Themes themes;

  @Inject Sectors sectors;

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of(THEME, TEXT, RECORDED_ON, SOURCE);
  }

  @Override
  protected String columnOf(String field) {
    return field.equals("recordedOn") ? RECORDED_ON : field;
  }

  @Override
  protected Insight save(Insight insight) {
    return insights.save(insight);
  }

  @Override
  protected Function<Row, Insight> reading(List<Map<String, String>> rows) {
    Codes<Theme> themeCodes = new Codes<>(themes.all(), "theme");
    Codes<Sector> sectorCodes = new Codes<>(sectors.all(), "sector");
    Map<String, List<Event>> events =
        byKey(em, Event.class, "title", keysIn(rows, EVENT), Event::getTitle);
    Map<String, List<Network>> networks =
        byKey(em, Network.class, "name", keysIn(rows, NETWORKS), Network::getName);
    return row -> {
      Insight i = Insight.blank();
      i.setText(row.text(TEXT));
      i.setRecordedOn(row.date(RECORDED_ON));
      i.setSource(row.text(SOURCE));
      String theme = row.text(THEME);
      if (theme != null) {
        themeCodes.in(row, THEME, theme).ifPresent(i::setTheme);
      }
      String event = row.text(EVENT);
      if (event != null) {
        theOne(row, EVENT, event, events.get(keyOf(event)), "event").ifPresent(i::from);
      }
      for (String name : row.list(NETWORKS)) {
        theOne(row, NETWORKS, name, networks.get(keyOf(name)), "network").ifPresent(i::about);
      }
      for (String code : row.list(SECTORS)) {
        sectorCodes.in(row, SECTORS, code).ifPresent(i.getSectors()::add);
      }
      for (String code : row.list(AREAS)) {
        String c = code.toUpperCase(Locale.ROOT);
        if (AreaCode.isValid(c)) {
          i.getAreas().add(new AreaCode(c));
        } else {
          row.problem(
              AREAS,
              "'"
                  + code
                  + "' is not the GSS code of the UK, a nation, an English region or a local authority");
        }
      }
      return i;
    };
  }
}
