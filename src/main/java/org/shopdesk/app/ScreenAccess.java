package org.shopdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.shopdesk.domain.staff.Permissions;
import org.shopdesk.ui.kit.WriteActions;
import org.shopdesk.ui.shell.Screen;

/**
 * Which screens the connected login sees, and which of them it may only read, decided from the
 * database's privileges ({@link Permissions}), never from a local setting: a screen whose data the
 * login cannot read is not in the navigation; one whose data it cannot change opens read-only.
 */
final class ScreenAccess {
    enum Access { HIDDEN, READ_ONLY, FULL }

    /**
     * Per screen (its navigation key without "nav."): what the login needs to see the screen, and
     * to write in it. A screen not named here is shown to everyone.
     */
    private static final Map<String, Function<Permissions, Access>> RULES = Map.of(
            "catalogue", p -> access(p.canRead("products"), p.canWrite("products")),
            "suppliers", p -> access(p.canRead("provider"), p.canWrite("provider")),
            "customers", p -> access(p.canRead("customer"), p.canWrite("customer")),
            "prices", p -> access(p.canRead("price"), p.canInsert("price")),
            "stock", p -> access(p.canRead("stock_goods"), p.canInsert("stock_goods")),
            "purchases", p -> access(p.canRead("purchase"), p.canInsert("purchase")),
            "charts", p -> access(p.canSeeCharts() && p.canRead("sales_day_provider"), true),
            "staff", p -> p.manageStaff() ? Access.FULL : Access.HIDDEN,
            "audit", p -> p.canReadAudit() ? Access.FULL : Access.HIDDEN);

    private ScreenAccess() {
    }

    static Access of(String navKey, Permissions permissions) {
        Function<Permissions, Access> rule = RULES.get(navKey.substring(navKey.indexOf('.') + 1));
        return rule == null ? Access.FULL : rule.apply(permissions);
    }

    /** The screens the login may use, the read-only ones built read-only. */
    static List<Screen> filter(Permissions permissions, List<Screen> screens) {
        List<Screen> shown = new ArrayList<>();
        for (Screen s : screens) {
            switch (of(s.titleKey(), permissions)) {
                case FULL -> shown.add(s);
                case READ_ONLY -> shown.add(new Screen(s.titleKey(), () -> WriteActions.readOnly(s.build().get()), s.accepts()));
                case HIDDEN -> { }
            }
        }
        return shown;
    }

    private static Access access(boolean read, boolean write) {
        return !read ? Access.HIDDEN : write ? Access.FULL : Access.READ_ONLY;
    }
}
