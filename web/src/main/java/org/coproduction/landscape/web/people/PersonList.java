package org.coproduction.landscape.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.web.faces.RecordList;

/** The people in the record, filtered by lawful basis. */
@Named
@ViewScoped
public class PersonList extends RecordList<Person> {

  private static final long serialVersionUID = 1L;

  @Inject People people;

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.PEOPLE;
  }

  @Override
  protected String[] filterNames() {
    return new String[] {People.LAWFUL_BASIS};
  }

  @Override
  protected Page<Person> list(ListQuery query) {
    return people.list(query);
  }
}
