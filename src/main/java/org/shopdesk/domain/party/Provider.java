package org.shopdesk.domain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A seller the shop sells through: it has its own price and its own stock of each product. */
@Entity
@Table(name = "provider")
public class Provider {
    public static final int NAME_MAX = 100;
    public static final int DEFAULT_LEAD_TIME_DAYS = 7;
    public static final int LEAD_TIME_MAX_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean archived;

    /** Days from an order to the goods on the shelf: what a reorder level must cover. */
    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays = DEFAULT_LEAD_TIME_DAYS;

    @Version
    private int version;

    protected Provider() {
    }

    public Provider(String name) {
        this.name = name;
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
}
