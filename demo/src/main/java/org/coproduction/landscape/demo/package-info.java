/**
 * Demo data, kept out of the business jar: the demo landscape around the roundtable of 19 November
 * 2020 as CSV files ({@code src/main/resources/demo}), loaded at start-up into an empty record by
 * {@link org.coproduction.landscape.demo.DemoData} through core's importers and registers ({@link
 * org.coproduction.landscape.demo.DemoLandscape}), and the deterministic large-data generator for
 * benchmarks ({@link org.coproduction.landscape.demo.DemoGenerator}, sized by {@link
 * org.coproduction.landscape.demo.DemoSize}).
 *
 * <p>Settings: nothing is loaded unless {@code LANDSCAPE_DEMO=true} ({@code ./mvnw -Prun} and
 * {@code docker/compose.demo.yaml} set it); {@code LANDSCAPE_DEMO_SIZE=<networks>} and {@code
 * LANDSCAPE_DEMO_GRANTS=<grants>} generate on top of the seed at start-up, and a size asks for the
 * demo too unless {@code LANDSCAPE_DEMO=false} (also as system properties {@code landscape.demo},
 * {@code landscape.demo.size}, {@code landscape.demo.grants}).
 */
package org.coproduction.landscape.demo;
