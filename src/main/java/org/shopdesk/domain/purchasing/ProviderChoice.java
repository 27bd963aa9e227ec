package org.shopdesk.domain.purchasing;

/** A provider as a filter of the history offers it: archived ones too, since their checks stay. */
public record ProviderChoice(long id, String name, boolean archived) {
    @Override
    public String toString() {
        return name;
    }
}
