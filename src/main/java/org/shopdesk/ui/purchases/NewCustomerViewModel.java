package org.shopdesk.ui.purchases;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.shopdesk.domain.party.CustomerDetails;
import org.shopdesk.domain.purchasing.CustomerChoice;
import org.shopdesk.ui.customers.CustomerFormViewModel;

/**
 * A customer created without leaving the sale: the Customers form's own view model (its rules,
 * its duplicate checks, its save), and once saved the new customer becomes the sale's customer.
 */
public final class NewCustomerViewModel {
    private final CustomerFormViewModel form;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);

    public NewCustomerViewModel(CustomerFormViewModel form, SaleViewModel sale) {
        this.form = form;
        form.setOnSaved(() -> {
            CustomerDetails c = form.record().get();
            sale.chooseCustomer(new CustomerChoice(c.id(), c.firstName(), c.lastName(), c.email(), c.phone()));
            open.set(false);
        });
    }

    /**
     * An empty form, what the clerk typed in the customer field carried over: an e-mail or a phone
     * where it looks like one, else the name.
     */
    public void start(String typed) {
        form.record().revert();
        form.newCustomer();
        String t = typed == null ? "" : typed.strip();
        if (t.contains("@")) {
            form.emailProperty().set(t);
        } else if (!t.isEmpty() && t.chars().anyMatch(Character::isDigit) && t.chars().noneMatch(Character::isLetter)) {
            form.phoneProperty().set(t);
        } else if (!t.isEmpty()) {
            int space = t.indexOf(' ');
            form.firstNameProperty().set(space < 0 ? t : t.substring(0, space));
            form.lastNameProperty().set(space < 0 ? "" : t.substring(space + 1).strip());
        }
        open.set(true);
    }

    /** Saves through the Customers rules; on success the pane closes and the sale has the customer. */
    public void save() {
        form.save();
    }

    /** Closes the pane; nothing is saved. */
    public void cancel() {
        form.record().revert();
        open.set(false);
    }

    public CustomerFormViewModel form() {
        return form;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }
}
