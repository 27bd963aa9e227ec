package org.shopdesk.domain.charts;

import java.util.List;

/** An ABC analysis (of products or of providers): the classes with their counts, and every item ranked. */
public record Abc(List<AbcClass> classes, List<AbcRow> items) {
    public Abc {
        classes = List.copyOf(classes);
        items = List.copyOf(items);
    }
}
