package org.shopdesk.data.party;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shopdesk.data.SqlQuery;

/**
 * What a text typed in the customers' search box looks for, and the SQL that finds it through
 * the indexes: every word somewhere in the first or last name (trigram index on the full name),
 * the text as the start of an e-mail (b-tree on lower(email)), and, for a text of digits and the
 * signs people type in phones, those digits anywhere in a phone (trigram index on phone_digits).
 * A number typed with the domestic 8 ("8 (916) 12") is also read as +7, as PhoneNumbers does.
 */
record CustomerSearch(List<String> nameWords, String emailPrefix, List<String> phonePatterns) {
    /** Fewer digits than this would match a large part of every phone book. */
    static final int PHONE_MIN_DIGITS = 3;
    private static final Pattern PHONE_LIKE = Pattern.compile("[+]?[0-9()\\s\\-.\\u00A0]+");

    static CustomerSearch of(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return new CustomerSearch(List.of(), null, List.of());
        }
        String digits = t.replaceAll("[^0-9]", "");
        if (PHONE_LIKE.matcher(t).matches()) {
            if (digits.length() < PHONE_MIN_DIGITS) {
                return new CustomerSearch(List.of(), null, List.of(SqlQuery.likeEscape(digits) + "%"));
            }
            List<String> patterns = new ArrayList<>();
            patterns.add("%" + digits + "%");
            if (t.startsWith("8") && digits.length() > PHONE_MIN_DIGITS) {
                patterns.add("7" + digits.substring(1) + "%");
            }
            return new CustomerSearch(List.of(), null, patterns);
        }
        List<String> words = Arrays.stream(t.split("\\s+")).map(w -> "%" + SqlQuery.likeEscape(w) + "%").toList();
        String email = t.contains(" ") ? null : SqlQuery.likeEscape(t.toLowerCase(Locale.ROOT)) + "%";
        return new CustomerSearch(words, email, List.of());
    }

    /**
     * The customers the text finds (each once), as one SELECT of the columns the list filters and
     * sorts on (id, name, last_name, archived): the name's hits are read where they are found,
     * the contacts' hits look their customer up through an index that covers these columns.
     */
    void appendHits(SqlQuery sql) {
        List<Runnable> parts = new ArrayList<>();
        if (!nameWords.isEmpty()) {
            parts.add(() -> {
                sql.append("SELECT " + COLUMNS + " FROM customer c WHERE true");
                for (String word : nameWords) {
                    // The very expression of customer_name_trgm_idx (V1).
                    sql.append(" AND (c.name || ' ' || coalesce(c.last_name, '')) ILIKE ?", word);
                }
            });
        }
        if (emailPrefix != null) {
            // E-mails are kept in lower case (V5), so the b-tree on email alone answers.
            parts.add(() -> sql.append("SELECT " + COLUMNS + " FROM contacts k " + OWNER + " WHERE k.email LIKE ?", emailPrefix));
        }
        if (!phonePatterns.isEmpty()) {
            parts.add(() -> {
                sql.append("SELECT " + COLUMNS + " FROM contacts k " + OWNER + " WHERE false");
                for (String pattern : phonePatterns) {
                    sql.append(" OR k.phone_digits LIKE ?", pattern);
                }
            });
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append(" UNION ");
            }
            parts.get(i).run();
        }
    }

    private static final String COLUMNS = "c.id, c.name, c.last_name, c.archived";
    /**
     * A contact's customer, looked up per hit in customer_list_idx. OFFSET 0 keeps the planner
     * from turning it into a join that reads all 100,000 customers to match two thousand hits.
     */
    private static final String OWNER = "CROSS JOIN LATERAL (SELECT id, name, last_name, archived FROM customer"
            + " WHERE id = k.customer_id OFFSET 0) c";
}
