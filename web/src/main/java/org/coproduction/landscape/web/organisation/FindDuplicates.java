package org.coproduction.landscape.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coproduction.landscape.duplicates.Duplicates;

/**
 * The Duplicates screen: the organisations and people that are likely one entered twice, with the
 * similarity of names asked for kept in the address ({@code ?similarity=0.7}). A similarity that is
 * not a number from 0.3 to 1 is named beside its field, as typed, and the pairs of the same name
 * are still shown.
 */
@Named
@ViewScoped
public class FindDuplicates implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Duplicates duplicates;

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
