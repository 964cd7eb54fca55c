package org.coproduction.landscape.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.vocabulary.Sectors;
import org.coproduction.landscape.web.faces.ChosenCodes;
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

  @Inject Networks networks;

  @Inject Sectors sectors;

  private ChosenCodes areas = new ChosenCodes();
  private ChosenCodes sectorCodes = new ChosenCodes();

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
    areas = ChosenCodes.ofAreas(network.getAreas());
    sectorCodes = ChosenCodes.ofSectors(network.getSectors());
  }

  @Override
  protected void beforeSave(Network network) {
    network.setAreas(areas.areas());
    network.setSectors(sectors.byCodes("sectors", sectorCodes.getCodes()));
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
        .add("edit.areas", ChosenCodes.namesOf(theirs.getAreas()), areas.areaNames())
        .add(
            "edit.sectors",
            ChosenCodes.sectorNamesOf(theirs.getSectors()),
            sectorCodes.sectorNames(sectors.all()))
        .add("edit.members", theirs.getMembershipEstimate(), network.getMembershipEstimate())
        .add("edit.website", theirs.getWebsite(), network.getWebsite())
        .add("edit.description", theirs.getDescription(), network.getDescription());
  }

  public Network getNetwork() {
    return getRecord();
  }

  public List<String> getAreaCodes() {
    return areas.getCodes();
  }

  public void setAreaCodes(List<String> areaCodes) {
    areas.setCodes(areaCodes);
  }

  public List<String> getSectorCodes() {
    return sectorCodes.getCodes();
  }

  public void setSectorCodes(List<String> codes) {
    sectorCodes.setCodes(codes);
  }
}
