package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.knowledge.NetworkClosing;
import org.coproduction.landscape.network.Lifecycle;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkMeasures;
import org.coproduction.landscape.network.NetworkMetrics;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.network.RelationType;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.vocabulary.Sectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("networks")
@RequestScoped
@Tag(
    name = "Networks",
    description =
        "Filters: area (GSS code), sector (code), status (EMERGING, ACTIVE, DORMANT, CLOSED), scope (UK_WIDE,"
            + " NATIONAL, REGIONAL, LOCAL, SECTOR_SPECIFIC). Sort: name, scope, status, foundedOn, membershipEstimate.")
public class NetworkResource extends RecordResource<Network, NetworkJson> {

  /** The closing's field names for the core's: its messages name what the caller sent. */
  private static final Map<String, String> CLOSING_FIELDS =
      Map.of(
          "lifecycle.closedOn",
          "closedOn",
          "lifecycle.closureReason",
          "reason",
          "successor",
          "successorId");

  @Inject private Networks networks;
  @Inject private NetworkMeasures measures;

  @Inject private NetworkClosing networkClosing;
  @Inject private Organisations organisations;
  @Inject private People people;
  @Inject private Sectors sectors;

  public NetworkResource() {
    super(
        Network.class,
        Network::blank,
        Map.of(
            "host",
            "hostOrganisationId",
            "successor",
            "successorId",
            "contact",
            "contactPersonId"));
  }

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.NETWORKS;
  }

  @Override
  protected Registry<Network> registry() {
    return networks;
  }

  @Override
  protected NetworkJson toJson(Network n) {
    List<NetworkJson.Relation> towards =
        networks.relationsTowards(n.getId()).stream()
            .map(r -> new NetworkJson.Relation(r.getType().name(), r.getFrom().getId()))
            .toList();
    NetworkMetrics.Metrics m = measures.of(n.getId());
    return json(
        n,
        towards,
        new NetworkJson.Metrics(
            m.degree(), m.reach(), m.betweenness(), m.closeness(), m.measured()));
  }

  @Override
  protected NetworkJson toListItem(Network n) {
    return json(n, null, null);
  }

  private static NetworkJson json(
      Network n, List<NetworkJson.Relation> towards, NetworkJson.Metrics metrics) {
    Lifecycle life = n.getLifecycle();
    return new NetworkJson(
        n.getId(),
        n.getVersion(),
        n.getName(),
        nameOf(n.getScope()),
        codesOf(n.getAreas()),
        entryCodes(n.getSectors()),
        idOf(n.getHost()),
        new NetworkJson.Lifecycle(
            nameOf(life.getStatus()),
            life.getFoundedOn(),
            life.getClosedOn(),
            life.getClosureReason()),
        idOf(n.getSuccessor()),
        n.getMembershipEstimate(),
        n.getDescription(),
        n.getWebsite(),
        idOf(n.getContact()),
        n.getRelations().stream()
            .map(r -> new NetworkJson.Relation(r.getType().name(), r.getTo().getId()))
            .sorted(
                Comparator.comparing(NetworkJson.Relation::type)
                    .thenComparing(NetworkJson.Relation::networkId))
            .toList(),
        towards,
        metrics);
  }

  @Override
  protected void apply(NetworkJson json, Network n, Problems problems) {
    n.setName(json.name());
    n.setScope(problems.enumValue("scope", json.scope(), NetworkScope.class));
    n.setAreas(problems.areaCodes("areas", json.areas()));
    n.setSectors(problems.codes("sectors", sectors, json.sectors()));
    n.setHost(problems.reference("hostOrganisationId", organisations, json.hostOrganisationId()));
    n.setLifecycle(
        lifecycle(json.lifecycle(), n.isNew() ? null : n.getLifecycle().getStatus(), problems));
    n.setSuccessor(problems.reference("successorId", networks, json.successorId()));
    n.setMembershipEstimate(json.membershipEstimate());
    n.setDescription(json.description());
    n.setWebsite(json.website());
    n.setContact(problems.reference("contactPersonId", people, json.contactPersonId()));
    relate(n, json.relations(), problems);
  }

  private static Lifecycle lifecycle(
      NetworkJson.Lifecycle json, LifecycleStatus before, Problems problems) {
    Lifecycle life = new Lifecycle();
    if (json != null) {
      LifecycleStatus status =
          problems.enumValue("lifecycle.status", json.status(), LifecycleStatus.class);
      if (status != null) {
        life.setStatus(status);
      }
      life.setFoundedOn(json.foundedOn());
      life.setClosedOn(json.closedOn());
      life.setClosureReason(json.closureReason());
    }
    if (before != null && !before.mayBecome(life.getStatus())) {
      problems.add(
          "lifecycle.status",
          before == LifecycleStatus.CLOSED
              ? "A closed network stays closed"
              : "A network that has been "
                  + before
                  + " cannot become "
                  + life.getStatus()
                  + " again");
    }
    return life;
  }

  /** Keeps the relations asked for (adding the new ones) and removes the others. */
  private void relate(Network n, List<NetworkJson.Relation> asked, Problems problems) {
    Map<String, Network> wanted = new LinkedHashMap<>();
    Map<String, RelationType> types = new LinkedHashMap<>();
    List<NetworkJson.Relation> relations = asked == null ? List.of() : asked;
    for (int i = 0; i < relations.size(); i++) {
      NetworkJson.Relation r = relations.get(i);
      String field = "relations[" + i + "]";
      RelationType type = problems.enumValue(field + ".type", r.type(), RelationType.class);
      if (type == null && (r.type() == null || r.type().isBlank())) {
        problems.add(
            field + ".type", "Choose how the networks relate: " + List.of(RelationType.values()));
      }
      if (r.networkId() == null) {
        problems.add(field + ".networkId", "Choose the other network");
      }
      Network other = problems.reference(field + ".networkId", networks, r.networkId());
      if (type != null && other != null) {
        wanted.put(type + "/" + other.getId(), other);
        types.put(type + "/" + other.getId(), type);
      }
    }
    n.getRelations().removeIf(r -> !wanted.containsKey(r.getType() + "/" + r.getTo().getId()));
    wanted.forEach((key, other) -> n.relateTo(types.get(key), other));
  }

  @POST
  @Path("{id}/close")
  @Operation(
      summary = "Closes the network (STAFF, ADMIN)",
      description =
          "In one step: the closing date and reason, the successor, and the lessons as insights. Nothing is written"
              + " if any part is wrong.")
  @APIResponse(responseCode = "200", description = "The network as closed")
  @APIResponse(
      responseCode = "400",
      description = "{errors: [{field, message}]}, every problem; nothing written")
  @APIResponse(responseCode = "403", description = "The role may not do this")
  @APIResponse(responseCode = "404", description = "No network with that id")
  @APIResponse(responseCode = "409", description = "Changed by someone else since")
  public Response close(@PathParam("id") long id, ClosingJson closing) {
    if (closing == null) {
      throw new InvalidRecordException("body", "Send the closing as JSON in the request body");
    }
    Problems problems = new Problems();
    if (closing.version() == null) {
      problems.add(
          "version",
          "Send the version you read: it keeps you from overwriting someone else's change");
    }
    if (closing.successorId() != null && closing.successorId() != id) {
      problems.reference("successorId", networks, closing.successorId());
    }
    problems.throwIfAny();
    List<NetworkClosing.Lesson> lessons = new ArrayList<>();
    if (closing.lessons() != null) {
      closing.lessons().forEach(l -> lessons.add(new NetworkClosing.Lesson(l.text(), l.theme())));
    }
    Network closed =
        inJsonTerms(
            CLOSING_FIELDS,
            () ->
                networkClosing.close(
                    id,
                    closing.version(),
                    closing.closedOn(),
                    closing.reason(),
                    closing.successorId(),
                    lessons));
    return Response.ok(toJson(closed)).build();
  }
}
