/**
 * Demo data: the seeded demo landscape around the roundtable of 19 November 2020 ({@link
 * org.coproduction.landscape.demo.DemoLandscape}), loaded at start-up into an empty record by
 * {@link org.coproduction.landscape.demo.DemoData}, and the deterministic large-data generator for
 * benchmarks ({@link org.coproduction.landscape.demo.DemoGenerator}, sized by {@link
 * org.coproduction.landscape.demo.DemoSize}).
 *
 * <p>Settings: {@code LANDSCAPE_DEMO=false} loads nothing; {@code LANDSCAPE_DEMO_SIZE=<networks>}
 * and {@code LANDSCAPE_DEMO_GRANTS=<grants>} generate on top of the seed at start-up (also as
 * system properties {@code landscape.demo}, {@code landscape.demo.size}, {@code
 * landscape.demo.grants}).
 */
package org.coproduction.landscape.demo;
