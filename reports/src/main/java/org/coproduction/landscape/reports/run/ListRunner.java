package org.coproduction.landscape.reports.run;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.LongConsumer;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.reports.ReportNotAllowedException;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.security.AccountDirectory;
import org.coproduction.landscape.security.UserAccount;

/**
 * Produces the download of a saved search's list for the person who asked for it as a report run,
 * on a server where nobody is signed in. The registers answer only signed-in roles, so the reading
 * runs as {@link Roles#ADMIN} ({@code @RunAs}); what the person may read is checked here first,
 * from their account as it is now: enabled, with a role that runs reports, and an administrator for
 * the list of people. The audit log names the person.
 */
@Stateless
@PermitAll
@RunAs(Roles.ADMIN)
public class ListRunner {

  @EJB ListDownloads lists;

  @EJB AccountDirectory accounts;

  /**
   * Writes {@code list} in {@code format} for {@code person}.
   *
   * @return the number of rows written
   * @throws ReportNotAllowedException when the account is gone, disabled, without a role that runs
   *     reports, or not an administrator's for the list of people
   */
  public long produceFor(
      String person,
      ListRequest list,
      ListDownloads.Format format,
      OutputStream out,
      LongConsumer rowsRead)
      throws IOException {
    RecordSheet sheet = RecordSheet.of(list.kind());
    UserAccount account = person == null ? null : accounts.byUsername(person);
    if (account == null
        || !account.isEnabled()
        || !Reports.ROLES.contains(account.getRole())
        || (sheet == RecordSheet.PEOPLE && !Roles.ADMIN.equals(account.getRole()))) {
      throw new ReportNotAllowedException();
    }
    return lists.writeFor(
        account.getUsername(),
        sheet,
        ListQuery.ofParameters(list.parameters(), 1),
        format,
        out,
        rowsRead);
  }
}
