package org.coproduction.landscape.web.organisation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coproduction.landscape.duplicates.Duplicates;
import org.coproduction.landscape.duplicates.Merges;
import org.coproduction.landscape.platform.EditConflictException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.web.faces.Text;

/**
 * The Duplicates screen: the organisations and people that are likely one entered twice, with the
 * similarity of names asked for kept in the address ({@code ?similarity=0.7}). A similarity that is
 * not a number from 0.3 to 1 is named beside its field, as typed, and the pairs of the same name
 * are still shown.
 *
 * <p>Staff keep one record of a pair and merge the other into it, after a confirmation that says
 * what will move; a pair changed since the list was shown is refused and shown again.
 */
@Named
@ViewScoped
public class FindDuplicates implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Duplicates duplicates;

  @Inject Merges merges;

  @Inject FacesContext faces;

  @Inject Text text;

  /** A merge waiting for its confirmation: {@code gone} into {@code kept}, as read. */
  public record Proposal(
      String kind,
      long keptId,
      long keptVersion,
      String kept,
      long goneId,
      long goneVersion,
      String gone)
      implements Serializable {}

  /** A merge done: the merged record's name, and the kept one's kind, id and name. */
  public record Done(String gone, String kind, long keptId, String kept) implements Serializable {}

  private Proposal proposal;
  private Done done;

  private String similarity;
  private String similarityError;
  private boolean comparesSimilarNames;
  private List<Duplicates.OrganisationPair> organisations = List.of();
  private List<Duplicates.PersonPair> people = List.of();

  public void load() {
    comparesSimilarNames = duplicates.comparesSimilarNames();
    double alike = Duplicates.DEFAULT_SIMILARITY;
    similarityError = null;
    if (similarity != null && !similarity.isBlank()) {
      try {
        alike = Double.parseDouble(similarity.strip());
      } catch (NumberFormatException e) {
        alike = Double.NaN;
      }
      if (!(alike >= Duplicates.LEAST_SIMILARITY && alike <= 1)) {
        similarityError = "error";
        alike = 1;
      }
    }
    organisations = duplicates.organisations(alike);
    people = duplicates.people();
  }

  /** Asks to keep {@code kept} and merge {@code gone} into it, once confirmed. */
  public void propose(String kind, Recorded kept, Recorded gone) {
    proposal =
        new Proposal(
            kind,
            kept.getId(),
            kept.getVersion(),
            kept.label(),
            gone.getId(),
            gone.getVersion(),
            gone.label());
    done = null;
  }

  public void cancel() {
    proposal = null;
  }

  /** Merges as proposed, then shows the pairs as they now are. */
  public void merge() {
    Proposal p = proposal;
    if (p == null) {
      return;
    }
    proposal = null;
    try {
      Recorded kept =
          p.kind().equals("person")
              ? merges.person(p.goneId(), p.goneVersion(), p.keptId(), p.keptVersion())
              : merges.organisation(p.goneId(), p.goneVersion(), p.keptId(), p.keptVersion());
      done = new Done(p.gone(), p.kind(), kept.getId(), kept.label());
    } catch (EditConflictException e) {
      error(text.get("duplicates.merge.conflict"));
    } catch (InvalidRecordException e) {
      error(text.format("duplicates.merge.refused", String.join(" ", e.messages().values())));
    } catch (RecordNotFoundException e) {
      error(text.get("duplicates.merge.gone"));
    }
    load();
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public Proposal getProposal() {
    return proposal;
  }

  /** What the confirmation asks. */
  public String getQuestion() {
    return proposal == null
        ? null
        : text.format("duplicates.merge." + proposal.kind(), proposal.gone(), proposal.kept());
  }

  public Done getDone() {
    return done;
  }

  /** The similarity as typed, or the default. */
  public String getSimilarity() {
    return similarity == null || similarity.isBlank()
        ? String.valueOf(Duplicates.DEFAULT_SIMILARITY)
        : similarity;
  }

  public void setSimilarity(String similarity) {
    this.similarity = similarity;
  }

  /** Whether the similarity typed could not be used. */
  public boolean isSimilarityRefused() {
    return similarityError != null;
  }

  public boolean isComparesSimilarNames() {
    return comparesSimilarNames;
  }

  public List<Duplicates.OrganisationPair> getOrganisations() {
    return organisations;
  }

  public List<Duplicates.PersonPair> getPeople() {
    return people;
  }

  /** A similarity as a person reads it: 0.72 as "72 %". */
  public String percent(double similarity) {
    return Math.round(similarity * 100) + " %";
  }
}
