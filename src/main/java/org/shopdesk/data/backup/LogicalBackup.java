package org.shopdesk.data.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.shopdesk.data.OwnerOnlyFiles;
import org.shopdesk.domain.backup.BackupException;
import org.shopdesk.domain.backup.BackupManifest;
import org.shopdesk.domain.backup.BackupProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ShopDesk's own backup format, which needs nothing but the JDBC driver (the built-in database
 * has no pg_dump): a zip with one entry per table, its rows as PostgreSQL's COPY text streamed
 * straight from the server, and {@code manifest.properties} with the schema version and each
 * table's columns, row count and SHA-256. Every table is read in one REPEATABLE READ snapshot,
 * ordered by primary key, in UTC, so a restore can recompute the same checksums and prove it is
 * exact. The zip is written 0600 under a temporary name and renamed when complete, and
 * {@code manifest.sig} holds the HMAC of the manifest under the user's {@link BackupKey}.
 *
 * <p>A backup file is untrusted input: the manifest is read only up to {@link #MAX_MANIFEST}
 * bytes, names must be plain, and each table is streamed to the server with its size and row
 * count held to the manifest's and its checksum compared before the restore commits.
 */
public final class LogicalBackup {
    public static final String FORMAT = "shopdesk-logical-2";
    /** Backups of ShopDesk before signing: no signature, no sizes. */
    static final String UNSIGNED_FORMAT = "shopdesk-logical-1";
    static final String MANIFEST = "manifest.properties";
    static final String SIGNATURE = "manifest.sig";
    /** A real manifest is a few KB (one line per table and column list); anything near this is crafted. */
    static final int MAX_MANIFEST = 256 * 1024;
    private static final int MAX_TABLES = 200;
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Logger LOG = LoggerFactory.getLogger(LogicalBackup.class);
    private static final String HISTORY = "flyway_schema_history";

    private LogicalBackup() {
    }

    /** Writes a backup of {@code source} to {@code file}; returns its manifest. */
    public static BackupManifest write(DataSource source, Path file, BackupKey key, Consumer<BackupProgress> progress) {
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                stableText(st);
            }
            String version = schemaVersion(c);
            String database = single(c, "SELECT current_database()");
            List<BackupManifest.Table> tables = new ArrayList<>();
            Map<String, List<String>> columns = columns(c);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            OwnerOnlyFiles.folder(file.toAbsolutePath().getParent());
            Files.deleteIfExists(partial);
            OwnerOnlyFiles.createFile(partial);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                int done = 0;
                for (Map.Entry<String, List<String>> t : columns.entrySet()) {
                    progress.accept(new BackupProgress(t.getKey(), done, columns.size()));
                    zip.putNextEntry(new ZipEntry("tables/" + t.getKey() + ".copy"));
                    Summing sum = new Summing(new NonClosing(zip));
                    copy.copyOut(copyOutSql(c, t.getKey(), t.getValue()), sum);
                    sum.flush();
                    zip.closeEntry();
                    tables.add(new BackupManifest.Table(t.getKey(), t.getValue(), sum.rows, sum.bytes, sum.hex()));
                    done++;
                }
                BackupManifest manifest = new BackupManifest(FORMAT, version, database, Instant.now(), tables);
                java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
                toProperties(manifest).store(text, "ShopDesk backup");
                byte[] manifestBytes = text.toByteArray();
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifestBytes);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(SIGNATURE));
                zip.write((key.sign(manifestBytes) + "\n").getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
                progress.accept(new BackupProgress("", done, columns.size()));
                c.rollback();
                zip.finish();
                zip.flush();
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                return manifest;
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new BackupException(BackupException.Reason.FILE, file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new BackupException(BackupException.Reason.FILE, "reading the database: " + e.getMessage(), e);
        }
    }

    /** The manifest of a backup file; {@link BackupException.Reason#NOT_A_BACKUP} if it is none. */
    public static BackupManifest readManifest(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Properties p = new Properties();
            try (Reader r = new java.io.InputStreamReader(new java.io.ByteArrayInputStream(manifestBytes(zip, file)),
                    StandardCharsets.ISO_8859_1)) {
                p.load(r);
            }
            return fromProperties(p, file);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code file} is signed with {@code key}: true if it is; false for a backup of a
     * ShopDesk from before signing (it has no signature to check); NOT_SIGNED if the signature is
     * missing or does not match (made with another key, or changed since).
     */
    public static boolean checkSignature(Path file, BackupKey key) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] manifest = manifestBytes(zip, file);
            if (readManifest(file).format().equals(UNSIGNED_FORMAT)) {
                return false;
            }
            ZipEntry sig = zip.getEntry(SIGNATURE);
            String signature = null;
            if (sig != null) {
                try (InputStream in = zip.getInputStream(sig)) {
                    signature = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                }
            }
            if (!key.verifies(manifest, signature)) {
                throw new BackupException(BackupException.Reason.NOT_SIGNED, file + " is not signed with "
                        + key.file(), null);
            }
            return true;
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file + ": " + e.getMessage(), e);
        }
    }

    /** The manifest's bytes, read no further than {@link #MAX_MANIFEST} whatever the zip claims. */
    private static byte[] manifestBytes(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file + " has no " + MANIFEST, null);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_MANIFEST + 1);
            if (bytes.length > MAX_MANIFEST) {
                throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file + ": its " + MANIFEST
                        + " is larger than " + MAX_MANIFEST + " bytes", null);
            }
            return bytes;
        }
    }

    /**
     * Loads a backup into {@code target}, a new database already migrated to the backup's schema
     * version, with triggers off: the rows are history already summed (check totals, stock
     * balances), and the V1 triggers would otherwise add them up a second time. Then the identity
     * sequences continue after the highest id, and the counts and checksums are compared.
     * Switching triggers off (session_replication_role) needs a superuser.
     */
    public static void restore(Path file, DataSource target, Consumer<BackupProgress> progress) {
        BackupManifest manifest = readManifest(file);
        try (ZipFile zip = new ZipFile(file.toFile()); Connection c = target.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL session_replication_role = replica");
                stableText(st);
                // Migrations may seed rows; the backup's rows replace them.
                st.execute("TRUNCATE " + String.join(", ", manifest.tables().stream().map(t -> quote(t.name())).toList()));
            }
            int done = 0;
            for (BackupManifest.Table t : manifest.tables()) {
                progress.accept(new BackupProgress(t.name(), done, manifest.tables().size()));
                ZipEntry entry = zip.getEntry("tables/" + t.name() + ".copy");
                if (entry == null) {
                    throw new BackupException(BackupException.Reason.NOT_A_BACKUP, "table " + t.name() + " missing", null);
                }
                long limit = manifest.format().equals(UNSIGNED_FORMAT) ? Long.MAX_VALUE : t.bytes();
                try (Limited in = new Limited(zip.getInputStream(entry), t, limit)) {
                    copy.copyIn("COPY " + quote(t.name()) + " (" + columnList(t.columns()) + ") FROM STDIN", in);
                    in.requireWhole();
                }
                done++;
            }
            resetIdentities(c);
            c.commit();
            progress.accept(new BackupProgress("", done, manifest.tables().size()));
        } catch (BackupException e) {
            throw e;
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            BackupException.Reason reason = "42501".equals(e.getSQLState())
                    ? BackupException.Reason.NEEDS_SUPERUSER : BackupException.Reason.VERIFY_FAILED;
            throw new BackupException(reason, e.getMessage(), e);
        }
        verify(manifest, target);
        RestoredRules.check(target);
    }

    /** Recomputes every table's count and checksum in {@code db} and compares them with the manifest. */
    public static void verify(BackupManifest manifest, DataSource db) {
        Map<String, BackupManifest.Table> now = tables(db);
        for (BackupManifest.Table t : manifest.tables()) {
            BackupManifest.Table here = now.get(t.name());
            if (here == null || here.rows() != t.rows() || !here.sha256().equals(t.sha256())) {
                throw new BackupException(BackupException.Reason.VERIFY_FAILED, "table " + t.name() + ": backup "
                        + t.rows() + " rows " + t.sha256() + ", restored " + (here == null ? "missing"
                        : here.rows() + " rows " + here.sha256()), null);
            }
        }
        LOG.info("Restore verified: {} tables, {} rows", manifest.tables().size(), manifest.totalRows());
    }

    /** Every table's columns, row count and checksum as a backup would record them now. */
    public static Map<String, BackupManifest.Table> tables(DataSource db) {
        Map<String, BackupManifest.Table> result = new LinkedHashMap<>();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                stableText(st);
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, List<String>> t : columns(c).entrySet()) {
                Summing sum = new Summing(OutputStream.nullOutputStream());
                copy.copyOut(copyOutSql(c, t.getKey(), t.getValue()), sum);
                result.put(t.getKey(), new BackupManifest.Table(t.getKey(), t.getValue(), sum.rows, sum.bytes, sum.hex()));
            }
            c.rollback();
            return result;
        } catch (SQLException | IOException e) {
            throw new BackupException(BackupException.Reason.VERIFY_FAILED, e.getMessage(), e);
        }
    }

    /** The same text for the same rows whatever the client's time zone or the server's defaults. */
    private static void stableText(Statement st) throws SQLException {
        st.execute("SET LOCAL TimeZone = 'UTC'");
        st.execute("SET LOCAL DateStyle = 'ISO, YMD'");
        st.execute("SET LOCAL IntervalStyle = 'postgres'");
        st.execute("SET LOCAL extra_float_digits = 3");
    }

    private static String schemaVersion(Connection c) throws SQLException {
        return single(c, "SELECT version FROM " + HISTORY + " WHERE success AND version IS NOT NULL "
                + "ORDER BY installed_rank DESC LIMIT 1");
    }

    /** Tables of the public schema with their stored (not generated, not dropped) columns, by name. */
    private static Map<String, List<String>> columns(Connection c) throws SQLException {
        Map<String, List<String>> result = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT cl.relname, a.attname
                  FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
                  JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum > 0 AND NOT a.attisdropped
                 WHERE n.nspname = 'public' AND cl.relkind IN ('r', 'p') AND cl.relname <> '%s'
                   AND a.attgenerated = ''
                 ORDER BY cl.relname, a.attnum""".formatted(HISTORY))) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return result;
    }

    private static String copyOutSql(Connection c, String table, List<String> columns) throws SQLException {
        List<String> key = new ArrayList<>();
        try (var ps = c.prepareStatement("""
                SELECT a.attname FROM pg_index i
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                 WHERE i.indrelid = ('public.' || quote_ident(?))::regclass AND i.indisprimary
                 ORDER BY array_position(i.indkey, a.attnum)""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    key.add(quote(rs.getString(1)));
                }
            }
        }
        // Without a primary key every column orders the rows, so equal tables give equal text.
        String order = key.isEmpty() ? columnList(columns) : String.join(", ", key);
        return "COPY (SELECT " + columnList(columns) + " FROM " + quote(table) + " ORDER BY " + order + ") TO STDOUT";
    }

    private static void resetIdentities(Connection c) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT cl.relname, a.attname FROM pg_attribute a
                  JOIN pg_class cl ON cl.oid = a.attrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
                 WHERE n.nspname = 'public' AND a.attidentity <> '' AND NOT a.attisdropped""")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] id : identities) {
                String t = quote(id[0]);
                String col = quote(id[1]);
                st.execute("SELECT setval(pg_get_serial_sequence('" + t.replace("'", "''") + "', '"
                        + id[1].replace("'", "''") + "'), coalesce((SELECT max(" + col + ") FROM " + t + "), 1), "
                        + "(SELECT max(" + col + ") FROM " + t + ") IS NOT NULL)");
            }
        }
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(LogicalBackup::quote).toList());
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Properties toProperties(BackupManifest m) {
        Properties p = new Properties();
        p.setProperty("format", m.format());
        p.setProperty("schemaVersion", m.schemaVersion());
        p.setProperty("database", m.database());
        p.setProperty("createdAt", m.createdAt().toString());
        p.setProperty("tables", String.join(",", m.tables().stream().map(BackupManifest.Table::name).toList()));
        for (BackupManifest.Table t : m.tables()) {
            p.setProperty("table." + t.name() + ".columns", String.join(",", t.columns()));
            p.setProperty("table." + t.name() + ".rows", Long.toString(t.rows()));
            p.setProperty("table." + t.name() + ".bytes", Long.toString(t.bytes()));
            p.setProperty("table." + t.name() + ".sha256", t.sha256());
        }
        return p;
    }

    private static BackupManifest fromProperties(Properties p, Path file) {
        String format = p.getProperty("format");
        if (!FORMAT.equals(format) && !UNSIGNED_FORMAT.equals(format)) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file + ": format " + format, null);
        }
        try {
            List<BackupManifest.Table> tables = new ArrayList<>();
            String[] names = p.getProperty("tables").split(",");
            if (names.length > MAX_TABLES) {
                throw new IllegalArgumentException(names.length + " tables");
            }
            for (String name : names) {
                List<String> columns = List.of(p.getProperty("table." + name + ".columns").split(","));
                if (!NAME.matcher(name).matches() || !columns.stream().allMatch(col -> NAME.matcher(col).matches())) {
                    throw new IllegalArgumentException("not a plain name in table " + name);
                }
                String bytes = p.getProperty("table." + name + ".bytes");
                long rows = Long.parseLong(p.getProperty("table." + name + ".rows"));
                long size = bytes == null ? -1 : Long.parseLong(bytes);
                if (rows < 0 || (FORMAT.equals(format) && size < 0)) {
                    throw new IllegalArgumentException("negative count in table " + name);
                }
                tables.add(new BackupManifest.Table(name, columns, rows, size, p.getProperty("table." + name + ".sha256")));
            }
            return new BackupManifest(format, p.getProperty("schemaVersion"), p.getProperty("database"),
                    Instant.parse(p.getProperty("createdAt")), tables);
        } catch (RuntimeException e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file + ": damaged manifest", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", p, e);
        }
    }

    /** Passes bytes on while counting rows (COPY text ends each row with a newline) and hashing them. */
    private static final class Summing extends FilterOutputStream {
        private final MessageDigest digest;
        private long rows;
        private long bytes;

        Summing(OutputStream out) {
            super(out);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            digest.update((byte) b);
            bytes++;
            if (b == '\n') {
                rows++;
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            digest.update(b, off, len);
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    rows++;
                }
            }
            out.write(b, off, len);
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /**
     * A table's data on its way to the server, held to its manifest: more bytes or rows than it
     * declares stop the COPY at once (a zip entry can expand far beyond its size on disk), and
     * at its end the rows and SHA-256 must be exactly the manifest's.
     */
    private static final class Limited extends java.io.FilterInputStream {
        private final BackupManifest.Table table;
        private final long limit;
        private final MessageDigest digest;
        private long bytes;
        private long rows;

        Limited(InputStream in, BackupManifest.Table table, long limit) {
            super(in);
            this.table = table;
            this.limit = limit;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int room = limit == Long.MAX_VALUE ? len : (int) Math.min(len, limit - bytes + 1);
            int n = in.read(b, off, room);
            if (n <= 0) {
                return n;
            }
            bytes += n;
            digest.update(b, off, n);
            for (int i = off; i < off + n; i++) {
                if (b[i] == '\n') {
                    rows++;
                }
            }
            if (bytes > limit || rows > table.rows()) {
                throw new BackupException(BackupException.Reason.VERIFY_FAILED, "table " + table.name()
                        + " holds more than its manifest says (" + table.rows() + " rows, " + table.bytes() + " bytes)", null);
            }
            return n;
        }

        void requireWhole() {
            String sha = HexFormat.of().formatHex(digest.digest());
            if (rows != table.rows() || (limit != Long.MAX_VALUE && bytes != limit) || !sha.equals(table.sha256())) {
                throw new BackupException(BackupException.Reason.VERIFY_FAILED, "table " + table.name() + ": manifest "
                        + table.rows() + " rows " + table.sha256() + ", file " + rows + " rows " + sha, null);
            }
        }
    }

    /** Lets a writer "close" its part without closing the zip under it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
