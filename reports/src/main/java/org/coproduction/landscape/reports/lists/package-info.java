/**
 * Lists as files: every kind of record as rows of a sheet ({@link
 * org.coproduction.landscape.reports.lists.RecordSheet}, which the landscape workbook's sheets of
 * records share), and the boundary that downloads a list as the person sees it, as a workbook or a
 * CSV file ({@link org.coproduction.landscape.reports.lists.ListDownloads}).
 */
package org.coproduction.landscape.reports.lists;
