package org.coproduction.landscape.web.network;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.network.Sector;
import org.coproduction.landscape.network.Sectors;
import org.coproduction.landscape.platform.EditConflictException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.web.faces.FieldMessages;
import org.coproduction.landscape.web.faces.Formats;
import org.coproduction.landscape.web.faces.Text;

/**
 * Adding a network or editing one. What the person typed is never lost: a rule broken is shown
 * beside its field, and when someone else saved the network first the page says so, shows their
 * version beside this person's, and keeps this person's input until they choose to save it over
 * theirs or to start again from theirs.
 */
@Named
@ViewScoped
public class EditNetwork implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Networks networks;

  @EJB Sectors sectors;

  @EJB AuditLog audit;

  @Inject FacesContext faces;

  @Inject Text text;

  @Inject Formats formats;

  private Long id;
  private Network network;
  private List<String> areaCodes = new ArrayList<>();
  private List<String> sectorCodes = new ArrayList<>();
  private Network theirs;
  private boolean conflict;
  private boolean deletedMeanwhile;
  private String theirAuthor;

  public void load() throws IOException {
    if (network != null) {
      return;
    }
    if (id == null) {
      network = Network.blank();
      network.getLifecycle().setStatus(LifecycleStatus.ACTIVE);
      return;
    }
    try {
      network = networks.find(id);
    } catch (RecordNotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
      return;
    }
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

  /** Saves the form; on a conflict, keeps the input and shows the other version. */
  public String save() {
    return store(false);
  }

  /** After a conflict: this person's version replaces the one saved meanwhile. */
  public String saveOverTheirs() {
    if (theirs != null) {
      network.setVersion(theirs.getVersion());
    }
    return store(true);
  }

  /** After a conflict: drops this person's changes and starts again from the saved version. */
  public void takeTheirs() {
    network = networks.find(network.getId());
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
    conflict = false;
    theirs = null;
  }

  private String store(boolean overwrite) {
    boolean isNew = network.isNew();
    UIComponent form = faces.getViewRoot().findComponent("network");
    try {
      network.setAreas(
          areaCodes.stream().map(AreaCode::new).collect(Collectors.toCollection(TreeSet::new)));
      network.setSectors(sectors.byCodes("sectors", sectorCodes));
      Network saved = networks.save(network);
      conflict = false;
      theirs = null;
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text.format(isNew ? "edit.created" : "edit.saved", saved.getName()),
              null));
      return "/networks/view?faces-redirect=true&id=" + saved.getId();
    } catch (InvalidRecordException e) {
      forgetIdIfNew(isNew);
      FieldMessages.show(faces, form, e);
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get("edit.invalid"), null));
    } catch (EditConflictException e) {
      conflict = true;
      deletedMeanwhile = false;
      theirs = e.current() instanceof Network current ? current : networks.find(network.getId());
      theirs.getSectors().size();
      theirAuthor =
          audit.historyOf(Network.class.getSimpleName(), network.getId(), 0, 1).items().stream()
              .findFirst()
              .map(AuditEntry::getActor)
              .orElse(text.get("edit.conflict.someone"));
      faces.validationFailed();
    } catch (RecordNotFoundException e) {
      conflict = true;
      deletedMeanwhile = true;
      theirs = null;
      faces.validationFailed();
    } catch (EJBAccessException e) {
      forgetIdIfNew(isNew);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get("error.forbidden.text"), null));
      faces.validationFailed();
    }
    return null;
  }

  /**
   * A new record that failed to save must stay new: the id the database gave it was rolled back.
   */
  private void forgetIdIfNew(boolean isNew) {
    if (isNew) {
      network.setId(null);
      network.setVersion(0);
    }
  }

  /**
   * The fields that differ between the saved version and this person's, for the side-by-side view.
   */
  public List<Difference> getDifferences() {
    List<Difference> d = new ArrayList<>();
    if (theirs == null) {
      return d;
    }
    add(d, "edit.name", theirs.getName(), network.getName());
    add(d, "edit.scope", text.of(theirs.getScope()), text.of(network.getScope()));
    add(
        d,
        "edit.status",
        text.of(theirs.getLifecycle().getStatus()),
        text.of(network.getLifecycle().getStatus()));
    add(
        d,
        "edit.foundedOn",
        formats.date(theirs.getLifecycle().getFoundedOn()),
        formats.date(network.getLifecycle().getFoundedOn()));
    add(
        d,
        "edit.areas",
        theirs.getAreas().stream()
            .map(AreaCode::displayName)
            .sorted()
            .collect(Collectors.joining(", ")),
        areaCodes.stream()
            .filter(AreaCode::isValid)
            .map(c -> new AreaCode(c).displayName())
            .sorted()
            .collect(Collectors.joining(", ")));
    add(
        d,
        "edit.sectors",
        theirs.getSectors().stream()
            .map(Sector::getName)
            .sorted()
            .collect(Collectors.joining(", ")),
        sectors.all().stream()
            .filter(s -> sectorCodes.contains(s.getCode()))
            .map(Sector::getName)
            .sorted()
            .collect(Collectors.joining(", ")));
    add(
        d,
        "edit.members",
        Objects.toString(theirs.getMembershipEstimate(), ""),
        Objects.toString(network.getMembershipEstimate(), ""));
    add(
        d,
        "edit.website",
        Objects.toString(theirs.getWebsite(), ""),
        Objects.toString(network.getWebsite(), ""));
    add(
        d,
        "edit.description",
        Objects.toString(theirs.getDescription(), ""),
        Objects.toString(network.getDescription(), ""));
    return d;
  }

  /**
   * One field of the side-by-side view: its name, the saved value, this person's value, whether
   * they differ.
   */
  public record Difference(String field, String theirs, String yours, boolean differs)
      implements Serializable {}

  private void add(List<Difference> d, String key, String theirs, String yours) {
    d.add(new Difference(text.get(key), theirs, yours, !Objects.equals(theirs, yours)));
  }

  public String getTitle() {
    return network == null || network.isNew()
        ? text.get("edit.newTitle")
        : text.format("edit.title", network.getName());
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

  public Network getTheirs() {
    return theirs;
  }

  public boolean isConflict() {
    return conflict;
  }

  public boolean isDeletedMeanwhile() {
    return deletedMeanwhile;
  }

  /** Who saved the other version, from the history ("someone" when the history does not say). */
  public String getTheirAuthor() {
    return theirAuthor;
  }
}
