package org.coproduction.landscape.web.network;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.knowledge.Insight;
import org.coproduction.landscape.knowledge.Insights;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkMeasures;
import org.coproduction.landscape.network.NetworkMetrics;
import org.coproduction.landscape.network.NetworkRelation;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.RecordNotFoundException;

/**
 * One network's page: its details and life line, its relations both ways, the grants, events and
 * insights about it, and the history of changes to it.
 */
@Named
@ViewScoped
public class ViewNetwork implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many grants, events, insights and history entries the page shows at most. */
  static final int SHOWN = 100;

  @Inject Networks networks;

  @Inject Grants grants;

  @Inject Events events;

  @Inject Insights insights;

  @Inject AuditLog audit;

  @Inject NetworkMeasures measures;

  @Inject FacesContext faces;

  private Long id;
  private Network network;
  private List<NetworkRelation> towards;
  private NetworkMetrics.Metrics metrics;
  private Page<Grant> grantPage;
  private Page<Event> eventPage;
  private Page<Insight> insightPage;
  private Page<AuditEntry> history;

  public void load() throws IOException {
    if (id == null) {
      faces.getExternalContext().responseSendError(404, "No network");
      faces.responseComplete();
      return;
    }
    try {
      network = networks.find(id);
    } catch (RecordNotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
      return;
    }
    towards = networks.relationsTowards(id);
    metrics = measures.of(id);
    grantPage =
        grants.list(
            ListQuery.of(0, SHOWN, "-awardDate", null, Map.of(Grants.NETWORK, id.toString())));
    eventPage =
        events.list(
            ListQuery.of(0, SHOWN, "-startsAt", null, Map.of(Events.NETWORK, id.toString())));
    insightPage =
        insights.list(
            ListQuery.of(0, SHOWN, "-recordedOn", null, Map.of(Insights.NETWORK, id.toString())));
    history = audit.historyOf(Network.class.getSimpleName(), id, 0, SHOWN);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Network getNetwork() {
    return network;
  }

  /** Where the network stands in the network of networks. */
  public NetworkMetrics.Metrics getMetrics() {
    return metrics;
  }

  public List<NetworkRelation> getTowards() {
    return towards;
  }

  public Page<Grant> getGrants() {
    return grantPage;
  }

  public Page<Event> getEvents() {
    return eventPage;
  }

  public Page<Insight> getInsights() {
    return insightPage;
  }

  public Page<AuditEntry> getHistory() {
    return history;
  }
}
