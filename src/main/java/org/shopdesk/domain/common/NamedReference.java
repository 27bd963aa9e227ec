package org.shopdesk.domain.common;

/** Reference data known by a unique name that users can rename: a category, a producer. */
public interface NamedReference {
    Long getId();

    String getName();

    void rename(String newName);

    int getVersion();
}
