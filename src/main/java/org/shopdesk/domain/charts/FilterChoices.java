package org.shopdesk.domain.charts;

import java.util.List;

/** What the charts can be filtered by, each list by name. */
public record FilterChoices(List<Choice> categories, List<Choice> producers, List<Choice> providers) {
    public FilterChoices {
        categories = List.copyOf(categories);
        producers = List.copyOf(producers);
        providers = List.copyOf(providers);
    }

    /** One category, producer or provider. */
    public record Choice(long id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }
}
