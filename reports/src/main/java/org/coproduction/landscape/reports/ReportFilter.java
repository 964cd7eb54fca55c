package org.coproduction.landscape.reports;

/**
 * A filter a report understands, so that the Reports screen offers only those: the funding
 * organisation, one of its grant programmes, and a period.
 */
public enum ReportFilter {
  FUNDER,
  PROGRAMME,
  PERIOD
}
