package org.coproduction.landscape.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.coproduction.landscape.platform.RecordMergedException;

/**
 * The page of a record merged into another: the same page of the record it was merged into, by a
 * permanent redirect, so that links and bookmarks to the merged record keep working.
 */
public final class MergedRecord {

  private MergedRecord() {}

  /** Answers the request with a 301 to this page for the record {@code merged} was merged into. */
  public static void redirect(FacesContext faces, RecordMergedException merged) {
    ExternalContext external = faces.getExternalContext();
    String page = external.getRequestContextPath() + faces.getViewRoot().getViewId();
    external.setResponseStatus(301);
    external.setResponseHeader("Location", page + "?id=" + merged.into());
    faces.responseComplete();
  }
}
