package org.coproduction.landscape.reports.lists;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.coproduction.landscape.testing.Boundaries;

/**
 * The list downloads outside the container (tests, the reports benchmark): wired as the container
 * would wire them, with {@code em} in the caller's transaction and the rows read through {@code
 * dataSource}.
 */
public final class ListDownloadsOutside {

  private ListDownloadsOutside() {}

  public static ListDownloads wired(EntityManager em, DataSource dataSource) {
    ListDownloads downloads = Boundaries.wired(ListDownloads.class, em);
    downloads.dataSource = dataSource;
    return downloads;
  }
}
