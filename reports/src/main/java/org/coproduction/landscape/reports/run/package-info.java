/**
 * Reports asked for on the Reports screen and produced in the background: a person chooses a report
 * and its filters, sees it wait for a free slot, then being produced (bytes written so far and time
 * taken), and downloads it when it is ready. Each person sees and downloads only their own; a
 * finished report is kept for a configured time ({@code landscape.reports.keep-minutes}, 30 by
 * default) and its file is then deleted, as are all files when the application stops.
 *
 * <p>{@link org.coproduction.landscape.reports.run.RunBook} holds the rules (ownership, expiry, how
 * many a person may have waiting) with a clock of its own; {@link
 * org.coproduction.landscape.reports.run.ReportRuns} is the boundary that produces each report on a
 * managed executor as the person who asked for it.
 */
package org.coproduction.landscape.reports.run;
