package org.coproduction.landscape.web.network;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.network.Sector;
import org.coproduction.landscape.network.Sectors;
import org.coproduction.landscape.platform.Registry;
import org.coproduction.landscape.web.faces.EditRecord;

/**
 * Adding a network or editing one: its name, scope, status, founding date, areas, sectors, members,
 * website and description. A new network starts active.
 */
@Named
@ViewScoped
public class EditNetwork extends EditRecord<Network> {

  private static final long serialVersionUID = 1L;

  public EditNetwork() {
    super(Network.class, "network", "/networks/view", "edit.newTitle");
  }

  @EJB Networks networks;

  @EJB Sectors sectors;

  private List<String> areaCodes = new ArrayList<>();
  private List<String> sectorCodes = new ArrayList<>();

  @Override
  protected Registry<Network> registry() {
    return networks;
  }

  @Override
  protected Network blank() {
    Network network = Network.blank();
    network.getLifecycle().setStatus(LifecycleStatus.ACTIVE);
    return network;
  }

  @Override
  protected void loaded(Network network) {
    network.getRelations().forEach(r -> r.getTo().getName());
    areaCodes =
        network.getAreas().stream()
            .map(AreaCode::code)
            .collect(Collectors.toCollection(ArrayList::new));
    sectorCodes =
        network.getSectors().stream()
            .map(Sector::getCode)
            .sorted()
            .collect(Collectors.toCollection(ArrayList::new));
  }

  @Override
  protected void beforeSave(Network network) {
    network.setAreas(
        areaCodes.stream().map(AreaCode::new).collect(Collectors.toCollection(TreeSet::new)));
    network.setSectors(sectors.byCodes("sectors", sectorCodes));
  }

  @Override
  protected void prepareTheirs(Network theirs) {
    theirs.getSectors().size();
  }

  @Override
  protected void compare(Comparison c, Network theirs, Network network) {
    c.add("edit.name", theirs.getName(), network.getName())
        .add("edit.scope", theirs.getScope(), network.getScope())
        .add("edit.status", theirs.getLifecycle().getStatus(), network.getLifecycle().getStatus())
        .add(
            "edit.foundedOn",
            theirs.getLifecycle().getFoundedOn(),
            network.getLifecycle().getFoundedOn())
        .add(
            "edit.areas",
            theirs.getAreas().stream()
                .map(AreaCode::displayName)
                .sorted()
                .collect(Collectors.joining(", ")),
            areaCodes.stream()
                .filter(AreaCode::isValid)
                .map(code -> new AreaCode(code).displayName())
                .sorted()
                .collect(Collectors.joining(", ")))
        .add(
            "edit.sectors",
            theirs.getSectors().stream()
                .map(Sector::getName)
                .sorted()
                .collect(Collectors.joining(", ")),
            sectors.all().stream()
                .filter(s -> sectorCodes.contains(s.getCode()))
                .map(Sector::getName)
                .sorted()
                .collect(Collectors.joining(", ")))
        .add("edit.members", theirs.getMembershipEstimate(), network.getMembershipEstimate())
        .add("edit.website", theirs.getWebsite(), network.getWebsite())
        .add("edit.description", theirs.getDescription(), network.getDescription());
  }

  public Network getNetwork() {
    return getRecord();
  }

  public List<String> getAreaCodes() {
    return areaCodes;
  }

  public void setAreaCodes(List<String> areaCodes) {
    this.areaCodes = areaCodes == null ? new ArrayList<>() : new ArrayList<>(areaCodes);
  }

  public List<String> getSectorCodes() {
    return sectorCodes;
  }

  public void setSectorCodes(List<String> sectorCodes) {
    this.sectorCodes = sectorCodes == null ? new ArrayList<>() : new ArrayList<>(sectorCodes);
  }
}
