package org.shopdesk.app.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.shopdesk.data.party.CustomerQueries;
import org.shopdesk.domain.party.CustomerQuery;
import org.shopdesk.service.party.CustomerService;

/**
 * The customers' scenarios (issue 10): search as the clerk types, by part of a last name, by the
 * start of an e-mail and by a fragment of a phone typed with a blank, each a first page of the
 * list; and a customer's checks, first page with lifetime totals. Search texts are taken from the
 * data itself so that any scale and seed has hits.
 */
final class CustomerBench {
    static final int PAGE_ROWS = 50;

    private final BenchContext ctx;
    private final CustomerService customers;
    private final String nameInfix;
    private final String emailPrefix;
    private final String phoneFragment;
    private final long buyer;

    private CustomerBench(BenchContext ctx, String nameInfix, String emailPrefix, String phoneFragment, long buyer) {
        this.ctx = ctx;
        this.customers = ctx.backend().customers();
        this.nameInfix = nameInfix;
        this.emailPrefix = emailPrefix;
        this.phoneFragment = phoneFragment;
        this.buyer = buyer;
    }

    static CustomerBench prepare(BenchContext ctx) throws SQLException {
        // Rows a few hundred in (fewer in a small shop), rather than the very first ones.
        long n;
        try (Statement s = ctx.jdbc().connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM contacts")) {
            rs.next();
            n = rs.getLong(1);
        }
        long skip = Math.min(500, n / 3);
        try (Statement s = ctx.jdbc().connection().createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT (SELECT last_name FROM customer WHERE last_name IS NOT NULL ORDER BY id OFFSET %1$d LIMIT 1),
                            (SELECT email FROM contacts WHERE email IS NOT NULL ORDER BY id OFFSET %1$d + 7 LIMIT 1),
                            (SELECT phone_digits FROM contacts WHERE phone LIKE '+7%%' ORDER BY id OFFSET %1$d + 13 LIMIT 1),
                            (SELECT customer_id FROM purchase WHERE customer_id < 1000
                              GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1)""".formatted(skip))) {
            if (!rs.next() || rs.getString(1) == null || rs.getString(2) == null || rs.getString(3) == null) {
                throw new IllegalStateException("the database has no customers to search: load data first (datagen)");
            }
            String last = rs.getString(1);
            // Part of a surname without its first letter: an infix, never a prefix.
            String infix = last.length() > 5 ? last.substring(1, 5) : last;
            String email = rs.getString(2);
            String prefix = email.substring(0, Math.min(6, email.indexOf('@')));
            // "916 123": the operator code and the next three digits, as a clerk reads them out.
            String digits = rs.getString(3);
            String phone = digits.substring(1, 4) + " " + digits.substring(4, 7);
            return new CustomerBench(ctx, infix.toLowerCase(Locale.ROOT), prefix, phone, rs.getLong(4));
        }
    }

    List<BenchScenario> scenarios() {
        CustomerQuery first = CustomerQuery.firstPage(PAGE_ROWS);
        return List.of(search("customer search: name infix", first.withText(nameInfix)),
                search("customer search: email prefix", first.withText(emailPrefix)),
                search("customer search: phone fragment", first.withText(phoneFragment)),
                new BenchScenario("customer history: first page", runner -> runner.compare("customer history: first page",
                        "customer " + buyer + ", " + PAGE_ROWS + " checks with lifetime totals",
                        () -> customers.history(buyer, 0, PAGE_ROWS),
                        () -> ctx.jdbc().rows(CustomerQueries.historySql(buyer, 0, PAGE_ROWS)))));
    }

    private BenchScenario search(String name, CustomerQuery query) {
        return new BenchScenario(name, runner -> runner.compare(name, "text '" + query.text() + "', " + PAGE_ROWS + " rows",
                () -> customers.findCustomers(query), () -> {
                    // A search counts its hits in the page's own statement (CustomerQueries.page).
                    ctx.jdbc().rows(CustomerQueries.pageSql(query));
                }));
    }

}
