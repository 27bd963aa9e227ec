package org.shopdesk.data.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.shopdesk.data.CopyTable;

/**
 * Checks, their lines and the stock journal, written day by day in time order and sent in
 * rounds of {@code checksPerChunk} checks (checks, then lines, then movements), so each
 * statement trigger updates a bounded number of totals and balances.
 * <p>
 * Stock never goes below zero at any moment: every outgoing movement is checked against the
 * balance of everything already written, all of which happened earlier; a missing quantity is
 * received first thing that morning. Returns come back days after their sale and are not
 * counted on until the end, which only makes the check stricter.
 * <p>
 * A return is decided with its sale but written when it happens, as the shop would record it:
 * check numbers and the journal follow time, so the time index of the checks stays as tight as
 * a real shop's and "checks since a moment" are one range of check numbers.
 */
final class SalesWriter {
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    private static final List<String> WRITE_OFF_NOTES = List.of("Брак", "Повреждена упаковка", "Damaged in storage",
            "Уценка: витринный образец");
    /** Why each of those notes wrote the goods off (V7): the last is explained by its note. */
    private static final List<String> WRITE_OFF_REASONS = List.of("DAMAGED", "DAMAGED", "DAMAGED", "OTHER");

    private final GenerationProfile profile;
    private final PriceBook book;
    private final Timeline timeline;
    private final int customers;
    private final long seed;
    private final SplittableRandom random;
    private final CopyTable purchases;
    private final CopyTable lines;
    private final CopyTable moves;
    private final int[] balance;
    private final int[] returnedLater;
    private final int[] batch;
    private final Picker pickProvider;
    private final List<String> clerks;
    private final java.util.PriorityQueue<Return> returns = new java.util.PriorityQueue<>();
    private long lastPurchaseId;
    private long returnsDecided;
    private int checksInRound;

    /** A return decided at its sale, waiting for its moment; {@code order} breaks ties in time. */
    private record Return(long when, long order, long saleId, long customer, int provider, String clerk, int[] offers,
                          int[] rows, int[] quantities) implements Comparable<Return> {
        @Override
        public int compareTo(Return other) {
            return when != other.when ? Long.compare(when, other.when) : Long.compare(order, other.order);
        }
    }

    SalesWriter(Connection connection, GenerationProfile profile, PriceBook book, Assortment assortment,
                Timeline timeline, int customers, long seed, GenerationListener listener) {
        this.profile = profile;
        this.book = book;
        this.timeline = timeline;
        this.customers = customers;
        this.seed = seed;
        this.random = new SplittableRandom(seed * 1_000_003 + 53);
        this.purchases = CopyTable.inRounds(connection, "purchase",
                "id, customer_id, provider_id, kind, returns_id, purchased_at, clerk, client_key, created_at", listener);
        this.lines = CopyTable.inRounds(connection, "purchase_line",
                "purchase_id, provider_id, product_id, price_id, quantity, unit_price", listener);
        this.moves = CopyTable.inRounds(connection, "stock_movement",
                "product_id, provider_id, delta, reason, write_off_reason, purchase_id, note, moved_at, moved_by", listener);
        this.balance = new int[book.offers()];
        this.returnedLater = new int[book.offers()];
        this.batch = new int[book.offers()];
        double[] providerWeight = assortment.providerWeight.clone();
        for (int v = 0; v < providerWeight.length; v++) {
            if (book.pickerOfProvider[v] == null) {
                providerWeight[v] = 0;
            }
        }
        this.pickProvider = new Picker(providerWeight);
        this.clerks = PeopleNames.CLERKS.subList(0, Math.min(profile.clerks(), PeopleNames.CLERKS.size()));
    }

    void write() throws SQLException {
        receiveOpeningStock();
        for (int day = 0; day < timeline.days(); day++) {
            int n = timeline.checksOn(day);
            long[] times = new long[n];
            for (int i = 0; i < n; i++) {
                times[i] = timeline.saleTime(day, random);
            }
            java.util.Arrays.sort(times);
            for (long t : times) {
                writeReturnsUpTo(t);
                sale(day, t);
                if (++checksInRound >= profile.checksPerChunk()) {
                    sendRound();
                }
            }
        }
        writeReturnsUpTo(Long.MAX_VALUE);
        sellOut();
        sendRound();
    }

    private void writeReturnsUpTo(long t) throws SQLException {
        while (!returns.isEmpty() && returns.peek().when() <= t) {
            Return r = returns.poll();
            long id = ++lastPurchaseId;
            purchase(id, r.customer(), r.provider(), r.saleId(), r.when(), r.clerk());
            for (int i = 0; i < r.offers().length; i++) {
                line(id, r.offers()[i], r.rows()[i], r.quantities()[i]);
                move(r.offers()[i], r.quantities()[i], "RETURN", id, null, r.when(), r.clerk());
            }
        }
    }

    /** Batches sized to about a month of the offer's expected sales, received before the first day. */
    private void receiveOpeningStock() throws SQLException {
        double units = profile.checks() * (profile.demo() ? 2.05 : 2.48) * 1.45;
        double months = timeline.days() / 30.0;
        for (int o = 0; o < book.offers(); o++) {
            int v = book.offerProvider[o];
            int index = java.util.Arrays.binarySearch(book.offersOfProvider[v], o);
            double perMonth = units * pickProvider.share(v) * book.pickerOfProvider[v].share(index) / months;
            batch[o] = (int) Math.max(2, Math.min(5_000, Math.round(perMonth * (0.7 + 0.8 * random.nextDouble()))));
            // Some offers start empty and are stocked only when the first customer wants them.
            if (random.nextInt(100) < 92) {
                receive(o, batch[o] + random.nextInt(batch[o] + 1), timeline.start() - 3 * DAY + random.nextInt(48) * HOUR);
            }
        }
    }

    private void sale(int day, long t) throws SQLException {
        int v = pickProvider.pick(random);
        long id = ++lastPurchaseId;
        long customer = customer();
        String clerk = clerks.get(random.nextInt(clerks.size()));
        purchase(id, customer, v, null, t, clerk);
        int count = Math.min(lineCount(), book.offersOfProvider[v].length);
        int[] offers = new int[count];
        int[] quantities = new int[count];
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            offers[i] = distinctOffer(v, offers, i);
            quantities[i] = quantity();
            rows[i] = book.rowAt(offers[i], t);
            int o = offers[i];
            if (balance[o] < quantities[i]) {
                receive(o, batch[o] + quantities[i], timeline.dayStart(day) + 5 * HOUR);
            }
            line(id, o, rows[i], quantities[i]);
            move(o, -quantities[i], "SALE", id, null, t, clerk);
            afterSale(o, t);
        }
        if (random.nextDouble() < profile.returnShare()) {
            giveBack(id, customer, v, t, offers, quantities, rows);
        }
    }

    /** Now and then goods are written off or a count finds a difference. */
    private void afterSale(int o, long t) throws SQLException {
        double u = random.nextDouble();
        String keeper = PeopleNames.STOREKEEPERS.get(random.nextInt(PeopleNames.STOREKEEPERS.size()));
        if (u < 0.003 && balance[o] >= 1) {
            int why = random.nextInt(WRITE_OFF_NOTES.size());
            writeOff(o, -1, WRITE_OFF_REASONS.get(why), WRITE_OFF_NOTES.get(why), t, keeper);
        } else if (u < 0.005) {
            int delta = random.nextBoolean() ? 1 + random.nextInt(2) : -(1 + random.nextInt(2));
            if (balance[o] + delta >= 0) {
                move(o, delta, "COUNT_CORRECTION", null, "Инвентаризация", t, keeper);
            }
        }
    }

    /** A return some days later: one line or the whole check, at the price paid. */
    private void giveBack(long saleId, long customer, int v, long t, int[] offers, int[] quantities, int[] rows)
            throws SQLException {
        long when = t + (1 + random.nextInt(14)) * DAY + random.nextInt(3_600);
        if (when >= timeline.end() - 6 * HOUR) {
            return;
        }
        String clerk = clerks.get(random.nextInt(clerks.size()));
        int count = random.nextInt(10) < 3 ? offers.length : 1;
        int[] back = new int[count];
        for (int i = 0; i < count; i++) {
            back[i] = random.nextBoolean() ? quantities[i] : 1;
            returnedLater[offers[i]] += back[i];
        }
        returns.add(new Return(when, returnsDecided++, saleId, customer, v, clerk, java.util.Arrays.copyOf(offers, count),
                java.util.Arrays.copyOf(rows, count), back));
    }

    /** At the end some providers have sold out or written off what was left of some products. */
    private void sellOut() throws SQLException {
        long when = timeline.end() - HOUR;
        for (int o = 0; o < book.offers(); o++) {
            int left = balance[o] + returnedLater[o];
            if (left > 0 && random.nextInt(100) < 7) {
                writeOff(o, -left, "OTHER", "Списание остатка: снят с продажи у поставщика", when,
                        PeopleNames.STOREKEEPERS.get(0));
            }
        }
    }

    private void receive(int o, int quantity, long when) throws SQLException {
        move(o, quantity, "RECEIPT", null, "Поступление по накладной " + (10_000 + random.nextInt(90_000)), when,
                PeopleNames.STOREKEEPERS.get(random.nextInt(PeopleNames.STOREKEEPERS.size())));
    }

    private void purchase(long id, long customer, int v, Long returns, long when, String clerk) throws SQLException {
        purchases.add(id).add(customer).add(v + 1L).add(returns == null ? "SALE" : "RETURN");
        if (returns == null) {
            purchases.addNull();
        } else {
            purchases.add(returns);
        }
        purchases.addTime(when).add(clerk).add(clientKey(id)).addTime(when).endRow();
    }

    private void line(long purchaseId, int o, int row, int quantity) throws SQLException {
        lines.add(purchaseId).add(book.offerProvider[o] + 1L).add(book.offerProduct[o] + 1L).add(book.priceId(row))
                .add(quantity).addMoney(book.cents(row)).endRow();
    }

    private void move(int o, int delta, String reason, Long purchaseId, String note, long when, String who)
            throws SQLException {
        move(o, delta, reason, null, purchaseId, note, when, who);
    }

    private void writeOff(int o, int delta, String why, String note, long when, String who) throws SQLException {
        move(o, delta, "WRITE_OFF", why, null, note, when, who);
    }

    private void move(int o, int delta, String reason, String writeOffReason, Long purchaseId, String note, long when,
                      String who) throws SQLException {
        if (delta < 0 || !reason.equals("RETURN")) {
            balance[o] += delta;
        }
        moves.add(book.offerProduct[o] + 1L).add(book.offerProvider[o] + 1L).add(delta).add(reason).add(writeOffReason);
        if (purchaseId == null) {
            moves.addNull();
        } else {
            moves.add(purchaseId);
        }
        moves.add(note).addTime(when).add(who).endRow();
    }

    private void sendRound() throws SQLException {
        purchases.flush();
        lines.flush();
        moves.flush();
        checksInRound = 0;
    }

    private int distinctOffer(int v, int[] chosen, int count) {
        int[] list = book.offersOfProvider[v];
        int pick = list[book.pickerOfProvider[v].pick(random)];
        for (int attempt = 0; attempt < 20 && contains(chosen, count, pick); attempt++) {
            pick = list[book.pickerOfProvider[v].pick(random)];
        }
        // A small provider whose few best sellers are taken: the next offer in its list.
        for (int i = 0; contains(chosen, count, pick); i++) {
            pick = list[i % list.length];
        }
        return pick;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private int lineCount() {
        int u = random.nextInt(100);
        if (profile.demo()) {
            return u < 35 ? 1 : u < 70 ? 2 : u < 90 ? 3 : 4;
        }
        return u < 25 ? 1 : u < 55 ? 2 : u < 80 ? 3 : u < 92 ? 4 : 5;
    }

    private int quantity() {
        int u = random.nextInt(100);
        return u < 75 ? 1 : u < 90 ? 2 : u < 96 ? 3 : 4 + random.nextInt(3);
    }

    /** Regular customers buy often, most rarely; which customers are regulars is spread over the ids. */
    private long customer() {
        int index = (int) (customers * Math.pow(random.nextDouble(), 1.6));
        long spread = customers % 7_919 == 0 ? index : (index * 7_919L + 13) % customers;
        return spread + 1;
    }

    /** A UUID from the seed and the check's id: the same data every run, unique per check. */
    private String clientKey(long id) {
        long hi = mix(seed * 0x9E3779B97F4A7C15L + id);
        long lo = mix(hi ^ id ^ 0xD1B54A32D192ED03L);
        hi = (hi & ~0xF000L) | 0x4000L;
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
