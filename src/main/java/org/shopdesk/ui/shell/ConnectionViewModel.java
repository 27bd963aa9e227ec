package org.shopdesk.ui.shell;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;

/** The connection dialog: a server's host, port, database, user and password, and "Test connection". */
public final class ConnectionViewModel {
    private final Connector connector;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty host = new SimpleStringProperty("localhost");
    private final StringProperty port = new SimpleStringProperty("5432");
    private final StringProperty database = new SimpleStringProperty("shopdesk");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper resultOk = new ReadOnlyBooleanWrapper(false);

    public ConnectionViewModel(Connector connector, TaskRunner tasks, Messages messages) {
        this.connector = connector;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Fills the fields from a jdbc:postgresql://host:port/db URL (the first host of several). */
    public void fillFrom(String url, String userName) {
        if (url != null && url.startsWith("jdbc:postgresql://")) {
            String rest = url.substring("jdbc:postgresql://".length());
            int slash = rest.indexOf('/');
            String hosts = slash < 0 ? rest : rest.substring(0, slash);
            String first = hosts.split(",")[0];
            int colon = first.lastIndexOf(':');
            host.set(colon > 0 ? first.substring(0, colon) : first);
            port.set(colon > 0 ? first.substring(colon + 1) : "5432");
            if (slash >= 0) {
                String db = rest.substring(slash + 1);
                String raw = db.contains("?") ? db.substring(0, db.indexOf('?')) : db;
                try {
                    database.set(java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    database.set(raw);
                }
            }
        }
        if (userName != null) {
            user.set(userName);
        }
    }

    /** The address, or empty with the reason shown when a field is not usable. */
    public Optional<Connector.ServerAddress> address() {
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (host.get().isBlank() || database.get().isBlank() || user.get().isBlank()) {
            show(messages.get("connection.fillAll"), false);
            return Optional.empty();
        }
        if (!Connector.validHost(host.get().strip())) {
            show(messages.get("connection.badHost"), false);
            return Optional.empty();
        }
        if (p < 1 || p > 65535) {
            show(messages.get("connection.badPort"), false);
            return Optional.empty();
        }
        return Optional.of(new Connector.ServerAddress(host.get().strip(), p, database.get().strip(),
                user.get().strip(), password.get()));
    }

    public void test() {
        address().ifPresent(a -> {
            show(messages.get("connection.testing"), false);
            tasks.call(() -> connector.test(a))
                    .onSuccess(version -> show(messages.get("connection.ok", version), true))
                    .onError(e -> show(describe(e), false))
                    .start();
        });
    }

    public String describe(Throwable e) {
        if (e instanceof Connector.Refused r) {
            return messages.get(r.reasonKey()) + (r.getMessage() == null ? "" : "\n" + r.getMessage());
        }
        return messages.get("connect.reason.OTHER") + "\n" + e.getMessage();
    }

    private void show(String text, boolean ok) {
        result.set(text);
        resultOk.set(ok);
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty resultOkProperty() {
        return resultOk.getReadOnlyProperty();
    }
}
