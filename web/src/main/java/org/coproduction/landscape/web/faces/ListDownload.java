package org.coproduction.landscape.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.coproduction.landscape.api.Downloads;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.reports.ReportsBusyException;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.lists.RecordSheet;

/**
 * "Download these rows" of a list screen: {@code /download/<kind>.<xlsx|csv>} with the list's
 * parameters ({@code q}, its filters by name, {@code sort}), for whoever is signed in to the
 * screens (web.xml); the list of people for administrators only. Produced whole, then sent, never
 * cached. An unknown kind or format is "not found"; a filter or sort the list does not know is a
 * 400 that says which.
 */
@WebServlet("/download/*")
public class ListDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The parameters that are not filters. */
  private static final Set<String> NOT_FILTERS = Set.of("q", "sort", "page", "size");

  @Inject Downloads downloads;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    String file = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    int dot = file.lastIndexOf('.');
    RecordSheet sheet = dot < 0 ? null : RecordSheet.of(file.substring(0, dot));
    ListDownloads.Format format = dot < 0 ? null : ListDownloads.Format.of(file.substring(dot + 1));
    if (sheet == null || format == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Map<String, String> filters = new HashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!NOT_FILTERS.contains(name) && values.length > 0) {
                filters.put(name, values[0]);
              }
            });
    ListQuery query =
        ListQuery.of(0, 1, request.getParameter("sort"), request.getParameter("q"), filters);
    try {
      downloads.sendList(sheet, query, format, response);
    } catch (InvalidRecordException e) {
      refuse(
          response, HttpServletResponse.SC_BAD_REQUEST, String.join("; ", e.messages().values()));
    } catch (ReportsBusyException e) {
      response.setHeader("Retry-After", "60");
      refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (EJBException e) {
      if (e.getCause() instanceof EJBAccessException) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      } else {
        throw e;
      }
    }
  }

  /** A plain-text answer that says why, before anything of the file was sent. */
  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("text/plain; charset=UTF-8");
    response.getWriter().write(message);
  }
}
