package org.shopdesk.domain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A buyer. Archived, never deleted, once it has bought something; on request its personal data
 * is erased (the row stays, anonymised, so its checks and the shop's figures stay whole).
 * {@link #getContact() contact} is the primary one of its {@link Contacts} rows.
 */
@Entity
@Table(name = "customer")
public class Customer {
    public static final int NAME_MAX = 50;
    public static final int LAST_NAME_MAX = 80;
    public static final int NOTES_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "last_name", length = LAST_NAME_MAX)
    private String lastName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contacts contact;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "erased_by", length = 63)
    private String erasedBy;

    @Version
    private int version;

    protected Customer() {
    }

    public Customer(String name, String lastName, Contacts contact) {
        this.name = name;
        this.lastName = lastName;
        this.contact = contact;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Contacts getContact() {
        return contact;
    }

    public void setContact(Contacts contact) {
        this.contact = contact;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    /**
     * Anonymises the row (152-FZ / GDPR): the name becomes "#id", everything else personal goes,
     * and who erased it and when is kept. The caller removes the contacts rows.
     */
    public void erase(String who, Instant when) {
        this.name = "#" + id;
        this.lastName = null;
        this.notes = null;
        this.contact = null;
        this.archived = true;
        this.erasedBy = who;
        this.erasedAt = when;
    }

    public int getVersion() {
        return version;
    }
}
