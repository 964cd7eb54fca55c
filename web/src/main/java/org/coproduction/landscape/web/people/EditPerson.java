package org.coproduction.landscape.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.coproduction.landscape.people.LawfulBasis;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.web.faces.EditRecord;

/**
 * Adding a person or editing one: name, role or job title, organisation, e-mail address, and the
 * lawful basis for holding their data (which basis, where it comes from, when it was recorded),
 * which every person in the record must have.
 */
@Named
@ViewScoped
public class EditPerson extends EditRecord<Person> {

  private static final long serialVersionUID = 1L;

  public EditPerson() {
    super(Person.class, "person", "/people/view", "form.person.new");
  }

  @Inject People people;

  private LawfulBasis.Basis basis;
  private String basisSource;
  private LocalDate basisRecordedOn;

  @Override
  protected Registry<Person> registry() {
    return people;
  }

  @Override
  protected Person blank() {
    return Person.blank();
  }

  @Override
  protected void loaded(Person p) {
    LawfulBasis b = p.getLawfulBasis();
    basis = b == null ? null : b.getBasis();
    basisSource = b == null ? null : b.getSource();
    basisRecordedOn = b == null ? null : b.getRecordedOn();
  }

  @Override
  protected void beforeSave(Person p) {
    p.setLawfulBasis(LawfulBasis.asEntered(basis, basisSource, basisRecordedOn));
  }

  @Override
  protected void compare(Comparison c, Person theirs, Person yours) {
    LawfulBasis t = theirs.getLawfulBasis();
    c.add("form.person.name", theirs.getName(), yours.getName())
        .add("form.person.role", theirs.getRole(), yours.getRole())
        .add("form.person.organisation", theirs.getOrganisation(), yours.getOrganisation())
        .add("form.person.email", theirs.getEmail(), yours.getEmail())
        .add("form.person.basis", t == null ? null : t.getBasis(), basis)
        .add("form.person.basisSource", t == null ? null : t.getSource(), basisSource)
        .add("form.person.basisRecordedOn", t == null ? null : t.getRecordedOn(), basisRecordedOn);
  }

  public LawfulBasis.Basis getBasis() {
    return basis;
  }

  public void setBasis(LawfulBasis.Basis basis) {
    this.basis = basis;
  }

  public String getBasisSource() {
    return basisSource;
  }

  public void setBasisSource(String basisSource) {
    this.basisSource = basisSource;
  }

  public LocalDate getBasisRecordedOn() {
    return basisRecordedOn;
  }

  public void setBasisRecordedOn(LocalDate basisRecordedOn) {
    this.basisRecordedOn = basisRecordedOn;
  }
}
