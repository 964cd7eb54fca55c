package org.coproduction.landscape.web.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coproduction.landscape.reports.run.ReportRuns;

/**
 * The download of a report produced on the Reports screen: {@code /reports/download?run=<id>}, for
 * the person who asked for it only (the screens' sign-in and roles, web.xml), from whichever server
 * answers. An unknown id, someone else's report, an unfinished or an expired one are all "not
 * found", so that nobody learns which ids exist. Never cached.
 */
@WebServlet("/reports/download")
public class ReportDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ReportRuns runs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Optional<ReportRuns.ReadyFile> ready = runs.ready(request.getParameter("run"));
    if (ready.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ReportRuns.ReadyFile file = ready.get();
    response.setContentType(file.mediaType());
    response.setContentLengthLong(file.size());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    runs.send(file, response.getOutputStream());
  }
}
