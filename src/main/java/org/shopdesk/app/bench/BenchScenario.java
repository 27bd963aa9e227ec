package org.shopdesk.app.bench;

import java.util.List;

/** A named measurement; {@link BenchScenarios} lists them all. */
public record BenchScenario(String name, Measurement measurement) {

    /** Runs the measurement and gives one or more table lines (a rate may give a line per mode). */
    @FunctionalInterface
    public interface Measurement {
        List<BenchResult> run(BenchRunner runner) throws Exception;
    }

    /** A unit of work to time, ShopDesk's or the baseline's. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }
}
