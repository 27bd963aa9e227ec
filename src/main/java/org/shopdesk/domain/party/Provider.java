package org.shopdesk.domain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A seller the shop sells through: it has its own price and its own stock of each product, and
 * the legal and contact details purchasing staff keep. Once it has prices, stock or sales it is
 * archived rather than deleted: archived, it takes no new sales but stays in history and charts.
 */
@Entity
@Table(name = "provider")
public class Provider {
    public static final int NAME_MAX = 100;
    public static final int LEGAL_NAME_MAX = 200;
    public static final int CONTACT_PERSON_MAX = 100;
    public static final int EMAIL_MAX = 100;
    public static final int PHONE_MAX = 16;
    public static final int ADDRESS_MAX = 300;
    public static final int WEBSITE_MAX = 200;
    public static final int NOTES_MAX = 1000;
    public static final int DEFAULT_LEAD_TIME_DAYS = 7;
    public static final int LEAD_TIME_MAX_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "legal_name", length = LEGAL_NAME_MAX)
    private String legalName;

    @Column(length = 12)
    private String inn;

    @Column(length = 9)
    private String kpp;

    @Column(name = "contact_person", length = CONTACT_PERSON_MAX)
    private String contactPerson;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(length = ADDRESS_MAX)
    private String address;

    @Column(length = WEBSITE_MAX)
    private String website;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(nullable = false)
    private boolean archived;

    /** Days from an order to the goods on the shelf: what a reorder level must cover. */
    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays = DEFAULT_LEAD_TIME_DAYS;

    @Version
    private int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", insertable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", insertable = false, updatable = false)
    private String updatedBy;

    protected Provider() {
    }

    public Provider(String name) {
        this.name = name;
    }

    /** Takes every editable field of the draft (already checked and normalised by the service). */
    public void apply(ProviderDraft d) {
        this.name = d.name();
        this.legalName = d.legalName();
        this.inn = d.inn();
        this.kpp = d.kpp();
        this.contactPerson = d.contactPerson();
        this.email = d.email();
        this.phone = d.phone();
        this.address = d.address();
        this.website = d.website();
        this.notes = d.notes();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getInn() {
        return inn;
    }

    public String getKpp() {
        return kpp;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getWebsite() {
        return website;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(int leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
