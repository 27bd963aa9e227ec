package org.shopdesk.app.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.zaxxer.hikari.HikariDataSource;
import org.shopdesk.data.ConnectionPool;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.generate.DataMark;
import org.shopdesk.data.purchasing.SaleStore;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.service.purchasing.SaleService;

/**
 * The sale scenarios: checks of three lines from one provider, recorded by ShopDesk's service
 * and, as the baseline, by the same statements written by hand over a bare connection; then eight
 * clerks at once. They write (checks, journal, a stock receipt for the goods they sell), so they
 * run only in a database that datagen made and marked, never in a shop's own.
 */
final class SaleBench {
    static final String ONE_CLERK = "sale: 1 clerk, 3 lines";
    static final String EIGHT_CLERKS = "sale: 8 clerks at once";
    private static final int LINES = 3;
    private static final int CANDIDATES = 3_000;
    /** The group a store clerk's login belongs to (V11). */
    private static final String CLERK = "shopdesk_clerk";

    private record Goods(long productId, long priceId) {
    }

    private final BenchContext ctx;
    private final Map<Long, List<Goods>> byProvider = new LinkedHashMap<>();
    private final List<Long> providers = new ArrayList<>();
    private final List<Long> customers = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(7);
    private boolean clerkRoleOpen;

    private SaleBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    /** Why sales cannot be benchmarked in this database, or null if they can. */
    static String whyNot(BenchContext ctx) throws SQLException {
        String mark = DataMark.read(ctx.jdbc().connection());
        return mark != null ? null : "not measured: bench writes (sales, prices) only into a database made by datagen";
    }

    /**
     * Picks goods still sold (stock of archived goods is not received, V7) with a current price,
     * gives them ample stock (a receipt), and picks customers.
     */
    static SaleBench prepare(BenchContext ctx) throws SQLException {
        SaleBench bench = new SaleBench(ctx);
        Connection c = ctx.jdbc().connection();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT g.provider_id, g.product_id, pr.id FROM stock_goods g
                       JOIN price pr ON pr.product_id = g.product_id AND pr.provider_id = g.provider_id
                                    AND pr.valid_to IS NULL
                       JOIN products p ON p.id = g.product_id
                       JOIN provider v ON v.id = g.provider_id
                      WHERE g.id %% 29 = 0 AND NOT p.archived AND NOT v.archived
                      ORDER BY g.id LIMIT %d""".formatted(CANDIDATES))) {
            while (rs.next()) {
                bench.byProvider.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Goods(rs.getLong(2), rs.getLong(3)));
            }
        }
        bench.byProvider.values().removeIf(goods -> goods.size() < LINES);
        bench.providers.addAll(bench.byProvider.keySet());
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM customer WHERE NOT archived ORDER BY id LIMIT 1000")) {
            while (rs.next()) {
                bench.customers.add(rs.getLong(1));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regrole('" + CLERK + "') IS NOT NULL AND pg_has_role(session_user, '"
                     + CLERK + "', 'MEMBER')")) {
            bench.clerkRoleOpen = rs.next() && rs.getBoolean(1);
        }
        if (bench.providers.isEmpty() || bench.customers.isEmpty()) {
            throw new IllegalStateException("no goods with a price and stock, or no customers, to sell");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO stock_movement (product_id, provider_id, delta, reason, note)
                SELECT g.product_id, g.provider_id, 100000, 'RECEIPT', 'bench: stock for the sale scenarios'
                  FROM stock_goods g WHERE g.provider_id = ? AND g.product_id = ANY (?)""")) {
            for (Map.Entry<Long, List<Goods>> e : bench.byProvider.entrySet()) {
                ps.setLong(1, e.getKey());
                ps.setArray(2, c.createArrayOf("int8", e.getValue().stream().map(Goods::productId).toArray()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return bench;
    }

    /** A sale of three different goods of one provider, to a random customer. */
    synchronized SaleDraft nextSale() {
        long provider = providers.get(random.nextInt(providers.size()));
        List<Goods> goods = new ArrayList<>(byProvider.get(provider));
        Collections.shuffle(goods, new java.util.Random(random.nextLong()));
        List<SaleLine> lines = new ArrayList<>();
        for (Goods g : goods.subList(0, LINES)) {
            lines.add(new SaleLine(g.productId(), g.priceId(), 1 + random.nextInt(3)));
        }
        return new SaleDraft(UUID.randomUUID(), customers.get(random.nextInt(customers.size())), provider, lines);
    }

    /** One clerk: ShopDesk's service against the same sale written by hand, both as a clerk. */
    List<BenchResult> oneClerk(BenchRunner runner) throws Exception {
        try (HikariDataSource pool = ConnectionPool.open(asClerk(ctx.url()), ctx.user(), ctx.password(), 1);
             Connection bare = bareConnection()) {
            SaleService sales = service(pool);
            // A clerk sells all day: the steady state counts. A sale is a few milliseconds, and in the
            // first hundred the service's longer code is still being compiled (ratio 1.54 after 5
            // warm-up rounds, 1.27-1.43 after 100, same data), so it gets more of both.
            BenchRunner steady = new BenchRunner(Math.max(100, runner.warmup()), Math.max(300, runner.rounds()));
            return steady.compare(ONE_CLERK, "check, 3 lines, journal, commit, as " + seller() + "; 100 warm-up, 300 rounds; "
                            + "baseline: the same SQL by hand",
                    () -> sales.recordSale(nextSale()), () -> byHand(bare, nextSale()));
        }
    }

    /**
     * The database URL with the clerks' group as the session's role: the bench signs in as whoever
     * runs it (often a superuser), and the triggers take a shorter path for the owner (the check's
     * clerk and time are not stamped by the database). A clerk's sale is what is measured, where
     * the bench's user may take the clerks' role (an administrator or the owner); otherwise as itself.
     */
    String asClerk(String url) {
        if (!clerkRoleOpen) {
            return url;
        }
        String options = ConnectionPool.JIT_OFF + " -c role=" + CLERK;
        return url + (url.contains("?") ? "&" : "?") + "options=" + URLEncoder.encode(options, StandardCharsets.UTF_8);
    }

    /** A connection for the sale by hand, with the same session settings as the service's. */
    private Connection bareConnection() throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", ctx.user());
        if (ctx.password() != null && !ctx.password().isEmpty()) {
            props.setProperty("password", ctx.password());
        }
        props.setProperty("options", ConnectionPool.JIT_OFF);
        return DriverManager.getConnection(asClerk(ctx.url()), props);
    }

    /** Who the sale scenarios sell as. */
    private String seller() {
        return clerkRoleOpen ? CLERK : "the bench's own user";
    }

    /** ShopDesk's sale service over a pool of the bench's own (a sale needs no Hibernate). */
    static SaleService service(HikariDataSource pool) {
        return new SaleService(new Transactions(pool, () -> {
            throw new IllegalStateException("a sale needs no Hibernate");
        }, Transactions.DEFAULT_COMMIT_TIMEOUT), new SaleStore());
    }

    /**
     * Eight clerks, each with a connection of its own, selling for the ceiling's duration after a
     * warm-up of a third of it that is not counted. The rate is set against the TPC-B rate of the
     * same run afterwards ({@link BenchScenarios#relate}).
     */
    List<BenchResult> eightClerks() throws Exception {
        int clerks = 8;
        Connection bench = ctx.jdbc().connection();
        Duration warmUp = Duration.ofSeconds(Math.max(1, ctx.ceilingSeconds() / 3));
        ServerWork before;
        Sold sold;
        double seconds;
        try (HikariDataSource pool = ConnectionPool.open(asClerk(ctx.url()), ctx.user(), ctx.password(), clerks)) {
            SaleService sales = service(pool);
            // The clerks' JVM shares the cores with the server: in a cold 15-second run its JIT
            // compiler alone took a third of a core. pgbench, the baseline, compiles nothing.
            sellTogether(sales, clerks, warmUp);
            ServerWork.awaitCountersOfStoppedClients();
            before = ServerWork.read(bench);
            long started = System.nanoTime();
            sold = sellTogether(sales, clerks, Duration.ofSeconds(ctx.ceilingSeconds()));
            seconds = (System.nanoTime() - started) / 1e9;
        }
        ServerWork.awaitCountersOfStoppedClients();
        ServerWork after = ServerWork.read(bench);
        double[] ms = sold.latencies();
        long wrong = oversold();
        String note = String.format(Locale.ROOT, "%,d sales as %s in %.0f s after %d s of warm-up; per sale p50 %.2f ms, "
                + "p95 %.2f ms; refused %d; balances below zero or off the journal: %d", ms.length, seller(), seconds,
                warmUp.toSeconds(), BenchRunner.percentile(ms, 50), BenchRunner.percentile(ms, 95), sold.refused(), wrong)
                + ServerWork.perTransaction(before, after, ms.length + sold.refused(), "sale");
        return List.of(new BenchResult(EIGHT_CLERKS, "tx/s", ms.length / seconds, Double.NaN, Double.NaN, Double.NaN, note));
    }

    /** What clerks selling at once did: each sale's time and how many sales were refused. */
    private record Sold(double[] latencies, int refused) {
    }

    /** {@code clerks} threads selling through {@code sales} for {@code duration}. */
    private Sold sellTogether(SaleService sales, int clerks, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clerks);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int i = 0; i < clerks; i++) {
                results.add(threads.submit(() -> clerk(sales, end)));
            }
            List<Double> latencies = new ArrayList<>();
            int refused = 0;
            for (Future<double[]> f : results) {
                double[] r = f.get();
                refused += (int) r[0];
                for (int i = 1; i < r.length; i++) {
                    latencies.add(r[i]);
                }
            }
            return new Sold(latencies.stream().mapToDouble(Double::doubleValue).toArray(), refused);
        } finally {
            threads.shutdown();
        }
    }

    /** {refused, latency ms...} of one clerk selling until {@code end}. */
    private double[] clerk(SaleService sales, long end) {
        List<Double> ms = new ArrayList<>();
        int refused = 0;
        while (System.nanoTime() < end) {
            SaleDraft sale = nextSale();
            long t0 = System.nanoTime();
            try {
                sales.recordSale(sale);
                ms.add((System.nanoTime() - t0) / 1e6);
            } catch (ValidationException e) {
                refused++;
            }
        }
        double[] out = new double[ms.size() + 1];
        out[0] = refused;
        for (int i = 0; i < ms.size(); i++) {
            out[i + 1] = ms.get(i);
        }
        return out;
    }

    /** Stock rows of the goods sold whose balance is negative or differs from their journal's sum. */
    private long oversold() throws SQLException {
        try (Statement st = ctx.jdbc().connection().createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT count(*) FROM stock_goods g
                      WHERE g.id % 29 = 0 AND (g.goods_balance < 0 OR g.goods_balance <> (SELECT sum(m.delta)
                            FROM stock_movement m WHERE m.product_id = g.product_id AND m.provider_id = g.provider_id))""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The sale as one would write it by hand: ShopDesk's one statement (stock locked in order, the
     * check if customer and provider are active, the lines at current prices of active products,
     * the journal, as data-modifying CTEs) and a commit, with the check ShopDesk makes on its answer.
     */
    private static void byHand(Connection c, SaleDraft sale) throws SQLException {
        c.setAutoCommit(false);
        try {
            List<SaleLine> lines = sale.lines();
            try (PreparedStatement ps = c.prepareStatement(SaleStore.recordSql(LINES, 1))) {
                int p = 1;
                for (SaleLine line : lines) {
                    ps.setLong(p++, line.productId());
                    ps.setLong(p++, sale.providerId());
                    ps.setLong(p++, line.priceId());
                    ps.setInt(p++, line.quantity());
                }
                ps.setLong(p++, sale.providerId());
                ps.setObject(p++, checkKey(sale));
                ps.setLong(p++, lines.get(0).priceId());
                ps.setLong(p, sale.customerId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getInt(4) != LINES) {
                        throw new IllegalStateException("a price changed or a party was archived");
                    }
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The check's client key as ShopDesk derives it from the sale's. */
    private static UUID checkKey(SaleDraft sale) {
        return SaleService.checkKeys(new org.shopdesk.domain.purchasing.BasketDraft(sale.clientKey(), sale.customerId(),
                SaleService.basketLines(sale.providerId(), sale.lines()))).get(sale.providerId());
    }
}
