package org.shopdesk.domain.common;

/** A reference-data row (a category, a producer): its name and how many products use it. */
public record NamedItem(long id, String name, int version, long usage) {
    public boolean inUse() {
        return usage > 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
