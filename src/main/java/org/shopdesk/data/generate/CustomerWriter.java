package org.shopdesk.data.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.shopdesk.data.CopyTable;

/**
 * Customers and their contacts: mostly Russian names, some English; unique e-mail addresses
 * (the customer's number keeps them apart), unique E.164 phones (the customer's number, scrambled,
 * is the subscriber number). A few customers left no contacts. Each customer has one contacts
 * row, its primary one: contacts are written first with their customer's id, so their foreign
 * key to customer is set aside until the customers are in.
 * Each customer is drawn from its own random stream, so contacts and customers are written in
 * two passes (one COPY at a time) without holding a million names in memory.
 */
final class CustomerWriter {
    private final Connection connection;
    private final GenerationListener listener;
    private final long seed;
    private final long start;

    private record Person(String first, String last, boolean hasContacts, String email, String phone, long created) {
    }

    CustomerWriter(Connection connection, GenerationListener listener, long seed, long start) {
        this.connection = connection;
        this.listener = listener;
        this.seed = seed * 1_000_003 + 23;
        this.start = start;
    }

    void write(int customers) throws SQLException {
        DeferredChecks deferred = DeferredChecks.setAside(connection, List.of("contacts"));
        CopyTable contacts = new CopyTable(connection, "contacts", "id, customer_id, email, phone, created_at, updated_at",
                listener);
        long contactId = 0;
        for (int i = 0; i < customers; i++) {
            Person p = person(i);
            if (p.hasContacts()) {
                contacts.add(++contactId).add(i + 1L).add(p.email()).add(p.phone()).addTime(p.created())
                        .addTime(p.created()).endRow();
            }
        }
        contacts.flush();
        CopyTable people = new CopyTable(connection, "customer",
                "id, name, last_name, contact_id, created_at, updated_at", listener);
        contactId = 0;
        for (int i = 0; i < customers; i++) {
            Person p = person(i);
            people.add(i + 1L).add(p.first()).add(p.last());
            if (p.hasContacts()) {
                people.add(++contactId);
            } else {
                people.addNull();
            }
            people.addTime(p.created()).addTime(p.created()).endRow();
        }
        people.flush();
        // Check the customers' primary rows now (V5 defers it to the commit): a table with checks
        // still pending cannot be given the foreign keys set aside above, nor any later.
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SET CONSTRAINTS customer_primary_contact_own IMMEDIATE");
        }
        deferred.restore();
    }

    private Person person(int index) {
        SplittableRandom random = new SplittableRandom(seed + index * 0x9E3779B97F4A7C15L);
        long created = start - random.nextInt(700) * 86_400L - random.nextInt(86_400);
        boolean russian = random.nextInt(6) != 0;
        String first;
        String last;
        String mailName;
        if (russian) {
            boolean female = random.nextBoolean();
            String[] f = pick(random, female ? PeopleNames.FEMALE_RU : PeopleNames.MALE_RU).split("\\|");
            String[] l = pick(random, PeopleNames.SURNAMES_RU).split("\\|");
            first = f[0];
            last = female ? l[1] : l[0];
            mailName = f[1] + "." + l[2] + (female ? "a" : "");
        } else {
            first = pick(random, PeopleNames.FIRST_EN);
            last = pick(random, PeopleNames.LAST_EN);
            mailName = (first + "." + last).toLowerCase(Locale.ROOT);
        }
        boolean hasContacts = random.nextInt(20) != 0;
        String email = random.nextInt(10) == 0 ? null : mailName + (index + 1) + "@"
                + pick(random, russian ? PeopleNames.MAIL_DOMAINS_RU : PeopleNames.MAIL_DOMAINS_EN);
        // The schema wants an e-mail or a phone: without an e-mail there is always a phone.
        // A phone is one person's (V5): the subscriber number is the customer's index times a number
        // prime to 10^9, modulo 10^9 -- distinct for every index, yet scattered like real numbers.
        String subscriber = String.format(Locale.ROOT, "%09d", (index * 387_420_489L + 12_345_679L) % 1_000_000_000L);
        String phone = email != null && random.nextInt(5) == 0 ? null : russian ? "+79" + subscriber : "+447" + subscriber;
        return new Person(first, last, hasContacts, email, phone, created);
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
