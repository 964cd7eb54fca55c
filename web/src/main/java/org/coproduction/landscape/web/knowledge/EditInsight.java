package org.coproduction.landscape.web.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import org.coproduction.landscape.knowledge.Insight;
import org.coproduction.landscape.knowledge.Insights;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Sectors;
import org.coproduction.landscape.vocabulary.Themes;
import org.coproduction.landscape.web.faces.ChosenCodes;
import org.coproduction.landscape.web.faces.EditRecord;
import org.coproduction.landscape.web.network.ChosenNetworks;

/**
 * Adding an insight or editing one: what the field learned, its theme, when and where it was said,
 * the event it came from and the networks it is about (at least one of the two), the sectors and
 * areas it concerns.
 */
@Named
@ViewScoped
public class EditInsight extends EditRecord<Insight> {

  private static final long serialVersionUID = 1L;

  public EditInsight() {
    super(Insight.class, "insight", "/knowledge/view", "form.insight.new");
  }

  @Inject Insights insights;

  @Inject Themes themes;

  @Inject Sectors sectors;

  private String themeCode;
  private final ChosenNetworks networks = new ChosenNetworks();
  private ChosenCodes sectorCodes = new ChosenCodes();
  private ChosenCodes areas = new ChosenCodes();

  @Override
  protected Registry<Insight> registry() {
    return insights;
  }

  @Override
  protected Insight blank() {
    return Insight.blank();
  }

  @Override
  protected void loaded(Insight i) {
    themeCode = i.getTheme() == null ? null : i.getTheme().getCode();
    networks.reset(i.getNetworks());
    sectorCodes = ChosenCodes.ofSectors(i.getSectors());
    areas = ChosenCodes.ofAreas(i.getAreas());
  }

  @Override
  protected void beforeSave(Insight i) {
    i.setTheme(themeCode == null || themeCode.isBlank() ? null : themes.byCode("theme", themeCode));
    i.setNetworks(new HashSet<>(networks.getNetworks()));
    i.setSectors(sectors.byCodes("sectors", sectorCodes.getCodes()));
    i.setAreas(areas.areas());
  }

  @Override
  protected void compare(Comparison c, Insight theirs, Insight yours) {
    c.add("form.insight.text", theirs.getText(), yours.getText())
        .add(
            "form.insight.theme",
            theirs.getTheme() == null ? null : theirs.getTheme().getName(),
            themes.all().stream()
                .filter(t -> t.getCode().equals(themeCode))
                .map(t -> t.getName())
                .findFirst()
                .orElse(null))
        .add("form.insight.recordedOn", theirs.getRecordedOn(), yours.getRecordedOn())
        .add("form.insight.source", theirs.getSource(), yours.getSource())
        .add("form.insight.event", theirs.getEvent(), yours.getEvent())
        .addAll(
            "form.insight.networks", theirs.getNetworks(), networks.getNetworks(), Network::getName)
        .addAll(
            "form.insight.sectors",
            theirs.getSectors(),
            sectors.all().stream()
                .filter(s -> sectorCodes.getCodes().contains(s.getCode()))
                .toList(),
            Sector::getName)
        .add("form.insight.areas", ChosenCodes.namesOf(theirs.getAreas()), areas.areaNames());
  }

  public String getThemeCode() {
    return themeCode;
  }

  public void setThemeCode(String themeCode) {
    this.themeCode = themeCode;
  }

  /** The networks chosen on the form. */
  public ChosenNetworks getNetworks() {
    return networks;
  }

  public List<String> getSectorCodes() {
    return sectorCodes.getCodes();
  }

  public void setSectorCodes(List<String> codes) {
    sectorCodes.setCodes(codes);
  }

  public List<String> getAreaCodes() {
    return areas.getCodes();
  }

  public void setAreaCodes(List<String> areaCodes) {
    areas.setCodes(areaCodes);
  }
}
