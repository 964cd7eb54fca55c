package org.coproduction.landscape.web.network;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.coproduction.landscape.network.Network;

/**
 * The networks a form links a record to (those represented at an event, those an insight is about),
 * chosen one at a time by typing a name and listed with a button to remove each.
 */
public class ChosenNetworks implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Network> networks = new ArrayList<>();
  private Network toAdd;

  /** Starts again from the networks the record holds. */
  public void reset(Collection<Network> held) {
    networks.clear();
    networks.addAll(held);
    networks.sort(Comparator.comparing(Network::getName, String.CASE_INSENSITIVE_ORDER));
    toAdd = null;
  }

  /** Adds the network just chosen, once. */
  public void add() {
    if (toAdd != null && !networks.contains(toAdd)) {
      networks.add(toAdd);
    }
    toAdd = null;
  }

  public void remove(Network network) {
    networks.remove(network);
  }

  public List<Network> getNetworks() {
    return networks;
  }

  public Network getToAdd() {
    return toAdd;
  }

  public void setToAdd(Network toAdd) {
    this.toAdd = toAdd;
  }
}
