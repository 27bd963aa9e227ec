package org.shopdesk.app.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.shopdesk.data.ConnectionPool;
import org.shopdesk.service.purchasing.SaleService;

/**
 * What the audit trail costs a sale: the one-clerk sale recorded by ShopDesk's service as a real
 * login of the clerk group (so the database's who/when triggers run as for a clerk), with the audit
 * triggers on, against the same with them off. On and off alternate in blocks within one run, so
 * that the machine's drift falls on both. Runs only where the sale scenarios run (a datagen
 * database); the clerk login is made for the run and dropped after it.
 */
final class AuditBench {
    static final String NAME = "sale as a clerk: audit on vs off";
    private static final String[] AUDITED = {"price", "stock_goods", "stock_movement", "purchase", "purchase_line",
        "provider", "customer", "contacts", "products"};
    private static final int BLOCK = 50;

    private final BenchContext ctx;
    private final SaleBench sales;

    AuditBench(BenchContext ctx, SaleBench sales) {
        this.ctx = ctx;
        this.sales = sales;
    }

    List<BenchResult> measure(BenchRunner runner) throws Exception {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        String login = "bench_clerk_" + HexFormat.of().formatHex(secret, 0, 5);
        Connection admin = ctx.jdbc().connection();
        execute(admin, "CREATE ROLE " + login + " LOGIN PASSWORD '" + password + "' IN ROLE shopdesk_clerk");
        try (HikariDataSource pool = ConnectionPool.open(ctx.url(), login, password, 1)) {
            SaleService clerk = SaleBench.service(pool);
            int warmup = Math.max(100, runner.warmup());
            int blocks = Math.max(6, 2 * ((Math.max(300, runner.rounds()) / BLOCK + 1) / 2));
            for (int i = 0; i < warmup; i++) {
                clerk.recordSale(sales.nextSale());
            }
            List<Double> on = new ArrayList<>();
            List<Double> off = new ArrayList<>();
            try {
                for (int b = 0; b < blocks; b++) {
                    boolean audit = b % 2 == 0;
                    audit(admin, audit);
                    for (int i = 0; i < BLOCK; i++) {
                        (audit ? on : off).add(BenchRunner.time(() -> clerk.recordSale(sales.nextSale())));
                    }
                }
            } finally {
                audit(admin, true);
            }
            double[] a = on.stream().mapToDouble(Double::doubleValue).toArray();
            double[] o = off.stream().mapToDouble(Double::doubleValue).toArray();
            return List.of(BenchResult.latency(NAME, BenchRunner.percentile(a, 50), BenchRunner.percentile(a, 95),
                    BenchRunner.percentile(o, 50), String.format(java.util.Locale.ROOT,
                            "a clerk's login; %d warm-up, %d sales with the audit triggers and %d without, in blocks of %d; "
                                    + "baseline: the same sales, audit off", warmup, a.length, o.length, BLOCK)));
        } finally {
            execute(admin, "DROP ROLE IF EXISTS " + login);
        }
    }

    /** Switches the audit triggers of every audited table on or off (the bench runs as their owner or a superuser). */
    private static void audit(Connection c, boolean on) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String t : AUDITED) {
                for (String op : new String[] {"insert", "update", "delete"}) {
                    st.execute("ALTER TABLE " + t + (on ? " ENABLE" : " DISABLE") + " TRIGGER " + t + "_audit_" + op);
                }
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
