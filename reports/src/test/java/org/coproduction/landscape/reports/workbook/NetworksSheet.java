package org.coproduction.landscape.reports.workbook;

import java.sql.SQLException;
import java.util.List;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.sheet.Cells;
import org.coproduction.landscape.reports.sheet.Column;

/**
 * The landscape workbook's Networks sheet as the reports benchmark writes it into other writers:
 * its query, columns and row writer, which the workbook keeps to its own package.
 */
public final class NetworksSheet {

  public static final String SQL = LandscapeWorkbook.NETWORKS_SQL;

  public static final List<Column> COLUMNS = LandscapeWorkbook.NETWORK_COLUMNS;

  private NetworksSheet() {}

  public static void row(ReportSource.Row r, Cells cells) throws SQLException {
    LandscapeWorkbook.networkRow(r, cells);
  }
}
