package org.shopdesk.domain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How to reach a customer: an e-mail (unique) and/or a phone in E.164 form (+ and up to 15 digits). */
@Entity
@Table(name = "contacts")
public class Contacts {
    public static final int EMAIL_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(length = 16)
    private String phone;

    @Version
    private int version;

    protected Contacts() {
    }

    public Contacts(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    public Long getId() {
        return id;
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
