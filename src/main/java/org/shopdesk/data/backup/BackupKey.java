package org.shopdesk.data.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.shopdesk.data.OwnerOnlyFiles;
import org.shopdesk.domain.backup.BackupException;

/**
 * The secret that signs this user's backups (HMAC-SHA256 of the manifest, which holds every
 * table's SHA-256): a backup changed by anyone who does not have the key, even with its
 * checksums recomputed, is refused at restore. The key is 32 random bytes in a 0600 file beside
 * the built-in database, made at the first backup. Copying that file to another computer's
 * ShopDesk lets it restore these backups too.
 */
public final class BackupKey {
    private static final String ALGORITHM = "HmacSHA256";
    private final Path file;

    private BackupKey(Path file) {
        this.file = file;
    }

    public static BackupKey at(Path file) {
        return new BackupKey(file);
    }

    public Path file() {
        return file;
    }

    /** The hex HMAC of {@code bytes}, making the key first if there is none yet. */
    String sign(byte[] bytes) {
        return HexFormat.of().formatHex(mac(key(true)).doFinal(bytes));
    }

    /** Whether {@code signature} is this key's HMAC of {@code bytes}; false when there is no key here. */
    boolean verifies(byte[] bytes, String signature) {
        byte[] key = key(false);
        if (key == null || signature == null) {
            return false;
        }
        byte[] expected = mac(key).doFinal(bytes);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    private synchronized byte[] key(boolean create) {
        try {
            if (Files.isRegularFile(file)) {
                OwnerOnlyFiles.restrict(file);
                byte[] key = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (key.length >= 32) {
                    return key;
                }
                throw new BackupException(BackupException.Reason.FILE, file + " is not a backup key", null);
            }
            if (!create) {
                return null;
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            OwnerOnlyFiles.folder(file.getParent());
            OwnerOnlyFiles.write(file, (HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII));
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new BackupException(BackupException.Reason.FILE, file + ": " + e.getMessage(), e);
        }
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "BackupKey[" + file + "]";
    }
}
