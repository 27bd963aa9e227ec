package org.shopdesk.data.generate;

import org.shopdesk.data.Db;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The command line's large load: generation in one transaction on a connection of its own,
 * then VACUUM (which cannot run in a transaction) so that the visibility map is set and the
 * first index-only scans of the benchmark do not pay for it.
 */
public final class BulkLoad {
    /** A table's rows and its size on disk with indexes. */
    public record TableSize(String table, long rows, long bytes) {
    }

    private static final List<String> TABLES = List.of("category", "producer", "provider", "contacts", "customer",
            "products", "price", "purchase", "purchase_line", "stock_goods", "stock_movement");

    private BulkLoad() {
    }

    public static void run(DataSource dataSource, DataGenerator generator, GenerationListener listener) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                generator.generate(Db.over(c), listener);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            long started = System.nanoTime();
            c.setAutoCommit(true);
            DataMark.mark(c, generator.describe());
            try (Statement s = c.createStatement()) {
                // The charts' summaries of every closed day, once, now rather than at the first look.
                s.execute("SELECT shopdesk_roll_up_sales(((now() AT TIME ZONE time_zone)::date - 1)) FROM sales_rollup");
                // A shop sums each day once it closes, so a day's rows lie together; summed in one go
                // they would be spread over the table. (Summing day by day here would read every later
                // check again for each day: the live sums find a day's lines as a range up to the newest.)
                s.execute("CLUSTER sales_day_product USING sales_day_product_pkey");
                // And the Suppliers list's stock figures (V12), which would otherwise fold in the whole load at its first look.
                s.execute("SELECT shopdesk_sum_provider_figures(NULL)");
            }
            listener.loaded("sales summaries", 0, Duration.ofNanos(System.nanoTime() - started));
            started = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM");
            }
            listener.loaded("vacuum", 0, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    public static List<TableSize> sizes(DataSource dataSource) throws SQLException {
        List<TableSize> sizes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM " + table + "), pg_total_relation_size('"
                        + table + "')")) {
                    rs.next();
                    sizes.add(new TableSize(table, rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return sizes;
    }
}
