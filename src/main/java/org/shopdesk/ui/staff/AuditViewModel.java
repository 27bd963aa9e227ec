package org.shopdesk.ui.staff;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.staff.AuditEntry;
import org.shopdesk.domain.staff.AuditQuery;
import org.shopdesk.service.staff.AuditService;
import org.shopdesk.ui.kit.PagedList;
import org.shopdesk.ui.kit.UiContext;

/**
 * The audit trail, newest first, filtered by person, table, period and record. A record number
 * that is not a number is refused at the field and the list keeps what it showed.
 */
public final class AuditViewModel {
    /** The trail has one order: newest first. */
    public enum Sort { NEWEST }

    public static final int PAGE_SIZE = 100;
    private final AuditService audit;
    private final UiContext ui;
    private final StringProperty person = new SimpleStringProperty("");
    private final ObjectProperty<String> table = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty record = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper recordProblem = new ReadOnlyStringWrapper("");
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final PagedList<AuditEntry, Sort> list;

    public AuditViewModel(AuditService audit, UiContext ui) {
        this.audit = audit;
        this.ui = ui;
        list = new PagedList<>(ui.tasks(), ui.errors(), PAGE_SIZE, Sort.NEWEST, AuditEntry::id,
                (r, cancel) -> audit.find(new AuditQuery(person.get(), table.get(), from.get(), to.get(), recordId(),
                        r.offset(), r.limit()), cancel));
        record.subscribe(text -> recordProblem.set(text == null || text.isBlank() || text.strip().matches("[0-9]{1,18}")
                ? "" : ui.messages().get("audit.validation.record")));
        list.restartOn(person, table, from, to, recordProblem);
        record.subscribe(text -> {
            if (recordProblem.get().isEmpty()) {
                list.restart();
            }
        });
    }

    /** The people who appear in the trail, for the person filter's choices. */
    public void loadPeople() {
        ui.tasks().call(audit::people).onSuccess(people::setAll).start();
    }

    private Long recordId() {
        String text = record.get() == null ? "" : record.get().strip();
        return text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }

    public PagedList<AuditEntry, Sort> list() {
        return list;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ObjectProperty<String> tableProperty() {
        return table;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty recordProperty() {
        return record;
    }

    public ReadOnlyStringProperty recordProblemProperty() {
        return recordProblem.getReadOnlyProperty();
    }

    /** The audited tables, for the table filter's choices. */
    public java.util.List<String> tables() {
        return AuditService.TABLES;
    }

    public ObservableList<String> people() {
        return people;
    }

    /** Clears every filter: the whole trail again. */
    public void clearFilters() {
        person.set("");
        table.set(null);
        from.set(null);
        to.set(null);
        record.set("");
    }
}
