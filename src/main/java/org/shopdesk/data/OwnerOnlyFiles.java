package org.shopdesk.data;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read: the built-in database, its password and keys, the backups
 * (customers' emails and phones), the settings and the logs. On a POSIX file system folders are
 * created 0700 and files 0600 from the start (never created open and narrowed afterwards); on
 * Windows the per-user profile folders they live in are private already.
 */
public final class OwnerOnlyFiles {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** The sticky bit in a {@code unix:mode}: in such a folder only an entry's owner may rename or delete it. */
    private static final int STICKY = 01000;
    private static final int GROUP_OR_OTHER_WRITE = 0022;
    private static final int OTHER_WRITE = 0002;

    private OwnerOnlyFiles() {
    }

    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code dir} and its missing parents; {@code dir} itself is made 0700 even if it existed. */
    public static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (posix()) {
            Files.setPosixFilePermissions(dir, FOLDER);
        }
        return dir;
    }

    /** Narrows an existing file to 0600 (a log or backup written by an older ShopDesk). */
    public static void restrict(Path file) throws IOException {
        if (posix() && Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
            Files.setPosixFilePermissions(file, Files.isDirectory(file) ? FOLDER : FILE);
        }
    }

    /** Creates {@code file} (which must not exist) as an empty 0600 file. */
    public static Path createFile(Path file) throws IOException {
        if (posix()) {
            return Files.createFile(file, attributes(FILE));
        }
        return Files.createFile(file);
    }

    /** Writes {@code bytes} to {@code file} through a 0600 temporary file and an atomic rename. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        createFile(tmp);
        Files.write(tmp, bytes, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Why {@code path} is not safe to trust for code or secrets: owned by another user (other
     * than root) or writable by group or others; null when it is safe. A sticky, root-owned
     * parent such as /tmp is fine for {@link #ancestorsProblem}; not for the tree itself.
     */
    public static String problem(Path path) throws IOException {
        if (!posix()) {
            return null;
        }
        int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        int owner = (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (owner != currentUid()) {
            return path + " belongs to another user (uid " + owner + ")";
        }
        if (!Files.isSymbolicLink(path) && (mode & GROUP_OR_OTHER_WRITE) != 0) {
            return path + " can be written by other users (mode " + Integer.toOctalString(mode & 07777) + ")";
        }
        return null;
    }

    /**
     * Why a folder above {@code path} lets another user swap what is below it: writable by others
     * without the sticky bit, or owned by another user who is not root. Null when none does.
     */
    public static String ancestorsProblem(Path path) throws IOException {
        if (!posix()) {
            return null;
        }
        int me = currentUid();
        for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            int owner = (Integer) Files.getAttribute(p, "unix:uid");
            if (owner != me && owner != 0) {
                return p + " belongs to another user (uid " + owner + ")";
            }
            if ((mode & OTHER_WRITE) != 0 && (mode & STICKY) == 0) {
                return p + " can be written by every user (mode " + Integer.toOctalString(mode & 07777) + ")";
            }
        }
        return null;
    }

    /** The uid this process creates files as, read from a probe file it makes in the temporary folder. */
    private static int currentUid() throws IOException {
        Integer cached = uid;
        if (cached != null) {
            return cached;
        }
        Path probe = Files.createTempFile("shopdesk-uid", ".probe", attributes(FILE));
        try {
            uid = (Integer) Files.getAttribute(probe, "unix:uid");
            return uid;
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static volatile Integer uid;

    private static FileAttribute<Set<PosixFilePermission>> attributes(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
