package org.shopdesk.domain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How to reach a customer: an e-mail (unique, lower case) and/or a phone in E.164 form (unique).
 * A customer may have several rows; the one {@link Customer#getContact()} points at is primary.
 */
@Entity
@Table(name = "contacts")
public class Contacts {
    public static final int EMAIL_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(length = 16)
    private String phone;

    @Version
    private int version;

    protected Contacts() {
    }

    public Contacts(Customer customer, String email, String phone) {
        this.customer = customer;
        this.email = email;
        this.phone = phone;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public int getVersion() {
        return version;
    }
}
