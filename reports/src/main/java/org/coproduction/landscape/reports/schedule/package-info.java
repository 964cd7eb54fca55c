/**
 * Reports by e-mail: a person schedules any document with its filters, or a saved search's list,
 * weekly or monthly, to the addresses they name; whichever server of the cluster claims it first
 * when it is due produces it and sends it through the SMTP server configured, once; a send that
 * fails is tried again later, and the Reports screen shows how it went.
 */
package org.coproduction.landscape.reports.schedule;
