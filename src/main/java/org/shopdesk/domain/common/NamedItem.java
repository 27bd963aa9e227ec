package org.shopdesk.domain.common;

/** A reference-data row (a category, a producer): its name and how many products use it. */
public record NamedItem(long id, String name, int version, long usage) {
    public boolean inUse() {
        return usage > 0;
    }

    /** The same category or producer whatever name or count it was read with: pickers match by id. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NamedItem other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return name;
    }
}
