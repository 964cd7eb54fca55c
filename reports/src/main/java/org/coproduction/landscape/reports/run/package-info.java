/**
 * Reports asked for on the Reports screen or through the API and produced in the background, by
 * whichever server of the cluster has a free slot: a person chooses a report and its filters, sees
 * it wait for a free slot, then being produced (rows read, bytes written, time taken), and
 * downloads it from any server when it is ready. Each person sees and downloads only their own; a
 * finished report is kept for a configured time ({@code landscape.reports.keep-minutes}, 30 by
 * default), then deleted with its file.
 *
 * <p>Everything lives in the database, in this module's persistence unit {@code reports} (tables of
 * migration V5): {@link org.coproduction.landscape.reports.run.ReportRun} is a run and its rules;
 * {@link org.coproduction.landscape.reports.run.RunQueue} the transactions that claim, produce,
 * recover and delete runs safely when several servers do so at once; {@link
 * org.coproduction.landscape.reports.run.ReportRuns} the boundary that people call, and each
 * server's worker that looks for runs to produce.
 */
package org.coproduction.landscape.reports.run;
