package org.coproduction.landscape.web.people;

import jakarta.faces.convert.FacesConverter;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.web.faces.RecordConverter;

/** A person in a form field, by their id (never their name or e-mail address). */
@FacesConverter("person")
public class PersonConverter extends RecordConverter<Person> {

  @Override
  protected Class<? extends Registry<Person>> registry() {
    return People.class;
  }

  @Override
  protected String messageKey() {
    return "record.choose.person";
  }
}
