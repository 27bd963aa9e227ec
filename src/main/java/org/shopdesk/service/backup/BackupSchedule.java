package org.shopdesk.service.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an automatic backup is due and which old ones go: a one-workstation shop has no
 * administrator, so ShopDesk backs its built-in database up at start when the newest backup is
 * older than {@link #interval()}, and keeps the newest {@link #keep()}. Only files with exactly
 * ShopDesk's backup name are ever counted or deleted; the time is the one in the name (UTC).
 */
public record BackupSchedule(Duration interval, int keep) {
    public static final BackupSchedule DEFAULT = new BackupSchedule(Duration.ofHours(24), 14);
    private static final Pattern NAME = Pattern.compile("shopdesk-([a-z0-9_]+)-(\\d{8}T\\d{6}Z)\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public BackupSchedule {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
    }

    /** The file name of a backup of {@code database} taken at {@code when}. */
    public static String fileName(String database, Instant when) {
        return "shopdesk-" + database.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "-"
                + STAMP.format(when) + ".zip";
    }

    /** When the backup named {@code fileName} was taken, if it is one of ours. */
    public static Optional<Instant> takenAt(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(m.group(2))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean due(List<String> existing, Instant now) {
        Optional<Instant> newest = existing.stream().map(BackupSchedule::takenAt).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        return newest.isEmpty() || !newest.get().plus(interval).isAfter(now);
    }

    /** The backups to delete: all of ours but the newest {@link #keep()}. */
    public List<String> toDelete(List<String> existing) {
        List<String> ours = existing.stream().filter(n -> takenAt(n).isPresent())
                .sorted(Comparator.comparing((String n) -> takenAt(n).orElseThrow()).reversed()).toList();
        return ours.size() <= keep ? List.of() : ours.subList(keep, ours.size());
    }
}
