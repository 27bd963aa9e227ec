package org.shopdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;

/** The connection dialog's fields: refused in plain words before anything connects, read back decoded. */
class ConnectionViewModelTest {
    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final List<Connector.ServerAddress> tried = new ArrayList<>();
    final ConnectionViewModel vm = new ConnectionViewModel(a -> {
        tried.add(a);
        return "PostgreSQL 15";
    }, TaskRunner.inline(e -> { }), messages);

    @Test
    void anEmptyDatabaseNameOrAHostThatIsNoHostIsRefusedAndNothingIsTried() {
        vm.databaseProperty().set("   ");
        vm.test();
        assertThat(vm.resultProperty().get()).isEqualTo(messages.get("connection.fillAll"));

        vm.databaseProperty().set("shop");
        for (String host : new String[] {"db/evil", "db?sslmode=disable", "db,other", "db shop"}) {
            vm.hostProperty().set(host);
            vm.test();
            assertThat(vm.resultProperty().get()).as(host).isEqualTo(messages.get("connection.badHost"));
        }
        assertThat(tried).isEmpty();

        vm.hostProperty().set("db.shop.lan");
        vm.test();
        assertThat(tried).hasSize(1);
        assertThat(vm.resultOkProperty().get()).isTrue();
    }

    @Test
    void aSavedAddressFillsTheFieldsWithTheDatabaseNameDecoded() {
        vm.fillFrom("jdbc:postgresql://db.shop.lan:5433/shop%3Fold%20copy?ssl=true", "clerk");
        assertThat(vm.hostProperty().get()).isEqualTo("db.shop.lan");
        assertThat(vm.portProperty().get()).isEqualTo("5433");
        assertThat(vm.databaseProperty().get()).isEqualTo("shop?old copy");
        assertThat(vm.userProperty().get()).isEqualTo("clerk");
    }
}
