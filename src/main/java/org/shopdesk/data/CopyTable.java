package org.shopdesk.data;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows of one table in PostgreSQL's COPY text format (escaped), buffered and sent with the
 * driver's CopyManager: the one way ShopDesk bulk-loads (the generator, the price-list import). A table is sent in one or more COPY statements ({@link #flush()}), so that a big
 * table never sits whole in memory and each statement-level trigger pass stays bounded.
 */
public final class CopyTable {
    /** Rows are handed to the server in slices of about this many characters. */
    static final int SLICE = 1 << 20;

    private final Connection connection;
    private final String copySql;
    private final String table;
    private final StringBuilder rows = new StringBuilder(SLICE + 4096);
    private final Progress listener;
    /** Whether a full buffer may start the COPY at once: not when other tables' COPYs interleave. */
    private final boolean streaming;
    private final long started = System.nanoTime();
    private CopyIn open;
    private long rowsInStatement;
    private long rowsSent;
    private int fieldsInRow;

    /** Hears, after each COPY statement, the table, its rows so far and the time since it began. */
    @FunctionalInterface
    public interface Progress {
        void loaded(String table, long rows, java.time.Duration elapsed);
    }

    public CopyTable(Connection connection, String table, String columns) {
        this(connection, table, columns, (t, rows, elapsed) -> { }, true);
    }

    public CopyTable(Connection connection, String table, String columns, Progress listener) {
        this(connection, table, columns, listener, true);
    }

    /**
     * A table sent in rounds together with others (checks, their lines, the stock journal): its
     * rows wait in memory until {@link #flush()}, because a connection runs one COPY at a time.
     */
    public static CopyTable inRounds(Connection connection, String table, String columns, Progress listener) {
        return new CopyTable(connection, table, columns, listener, false);
    }

    private CopyTable(Connection connection, String table, String columns, Progress listener,
                      boolean streaming) {
        this.streaming = streaming;
        this.connection = connection;
        this.table = table;
        this.copySql = "COPY " + table + " (" + columns + ") FROM STDIN";
        this.listener = listener;
    }

    public CopyTable add(long value) {
        separate();
        rows.append(value);
        return this;
    }

    public CopyTable add(String value) {
        separate();
        if (value == null) {
            rows.append("\\N");
        } else {
            escape(value);
        }
        return this;
    }

    public CopyTable addNull() {
        separate();
        rows.append("\\N");
        return this;
    }

    /** An amount kept in kopecks (cents), written as numeric with two decimals. */
    public CopyTable addMoney(long cents) {
        separate();
        rows.append(cents / 100).append('.');
        long c = cents % 100;
        if (c < 10) {
            rows.append('0');
        }
        rows.append(c);
        return this;
    }

    /** An instant given in epoch seconds, written as a UTC timestamptz. */
    public CopyTable addTime(long epochSecond) {
        separate();
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        rows.append(t.getYear()).append('-');
        two(t.getMonthValue()).append('-');
        two(t.getDayOfMonth()).append(' ');
        two(t.getHour()).append(':');
        two(t.getMinute()).append(':');
        two(t.getSecond()).append("+00");
        return this;
    }

    /** Ends the row; sends a slice to the server when the buffer is full. */
    public void endRow() throws SQLException {
        rows.append('\n');
        fieldsInRow = 0;
        rowsInStatement++;
        if (streaming && rows.length() >= SLICE) {
            sendBuffer();
        }
    }

    /** Ends the current COPY statement (its triggers run now) and reports progress. */
    public void flush() throws SQLException {
        if (rows.length() > 0) {
            sendBuffer();
        }
        if (open != null) {
            open.endCopy();
            open = null;
            rowsSent += rowsInStatement;
            rowsInStatement = 0;
            listener.loaded(table, rowsSent, java.time.Duration.ofNanos(System.nanoTime() - started));
        }
    }

    public long rowsSent() {
        return rowsSent + rowsInStatement;
    }

    private void sendBuffer() throws SQLException {
        if (open == null) {
            open = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        }
        int from = 0;
        while (from < rows.length()) {
            int to = Math.min(rows.length(), from + SLICE);
            // Never between the two halves of a character outside the BMP (an emoji): encoded
            // alone, each half would become '?' and the row would be stored changed, silently.
            if (to < rows.length() && Character.isHighSurrogate(rows.charAt(to - 1))) {
                to--;
            }
            byte[] bytes = rows.substring(from, to).getBytes(StandardCharsets.UTF_8);
            open.writeToCopy(bytes, 0, bytes.length);
            from = to;
        }
        rows.setLength(0);
    }

    private void separate() {
        if (fieldsInRow++ > 0) {
            rows.append('\t');
        }
    }

    private StringBuilder two(int n) {
        if (n < 10) {
            rows.append('0');
        }
        return rows.append(n);
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(ch);
            }
        }
    }
}
