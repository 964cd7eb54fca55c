/** The landscape at a glance: the figures, the map and the charts of the staff dashboard. */
package org.coproduction.landscape.dashboard;
