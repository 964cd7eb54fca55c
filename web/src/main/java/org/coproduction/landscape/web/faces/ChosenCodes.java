package org.coproduction.landscape.web.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.vocabulary.Sector;

/**
 * The codes a person ticks on a form: the areas (GSS codes) a network, a grant or an insight
 * covers, or the sectors it works in. The form holds the codes as ticked, invalid ones included,
 * until the record's rules judge them; this says them back as the record's values and as the names
 * shown beside someone else's version in an edit conflict.
 */
public final class ChosenCodes implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<String> codes = new ArrayList<>();

  /** The areas of a record, as codes. */
  public static ChosenCodes ofAreas(Collection<AreaCode> areas) {
    ChosenCodes chosen = new ChosenCodes();
    areas.forEach(a -> chosen.codes.add(a.code()));
    return chosen;
  }

  /** The sectors of a record, as codes in order. */
  public static ChosenCodes ofSectors(Collection<Sector> sectors) {
    ChosenCodes chosen = new ChosenCodes();
    sectors.stream().map(Sector::getCode).sorted().forEach(chosen.codes::add);
    return chosen;
  }

  public List<String> getCodes() {
    return codes;
  }

  public void setCodes(List<String> codes) {
    this.codes = codes == null ? new ArrayList<>() : new ArrayList<>(codes);
  }

  /** The ticked codes as areas, for the record (the record's rules judge an invalid code). */
  public SortedSet<AreaCode> areas() {
    return codes.stream().map(AreaCode::new).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The names of the ticked areas that are valid codes, in order, joined by commas. */
  public String areaNames() {
    return codes.stream()
        .filter(AreaCode::isValid)
        .map(code -> new AreaCode(code).displayName())
        .sorted()
        .collect(Collectors.joining(", "));
  }

  /** The names of the ticked sectors among {@code all}, in order, joined by commas. */
  public String sectorNames(List<Sector> all) {
    return all.stream()
        .filter(s -> codes.contains(s.getCode()))
        .map(Sector::getName)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  /** The names of a record's areas, in order, joined by commas. */
  public static String namesOf(Collection<AreaCode> areas) {
    return areas.stream().map(AreaCode::displayName).sorted().collect(Collectors.joining(", "));
  }

  /** The names of a record's sectors, in order, joined by commas. */
  public static String sectorNamesOf(Collection<Sector> sectors) {
    return sectors.stream().map(Sector::getName).sorted().collect(Collectors.joining(", "));
  }
}
