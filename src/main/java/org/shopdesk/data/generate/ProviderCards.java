package org.shopdesk.data.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.shopdesk.data.CopyTable;
import org.shopdesk.domain.common.TaxIds;

/**
 * The legal and contact details of generated providers, valid by every rule of V4: INNs with
 * their check digits (unique: the provider's number is part of them), a KPP only beside an
 * organisation's INN, phones in E.164, e-mails and websites of the provider's own domain. Drawn
 * from a random of their own, so the rest of a generated shop is the same with or without them.
 */
final class ProviderCards {
    static final String COLUMNS = "legal_name, inn, kpp, contact_person, email, phone, address, website";

    /** Region codes of the INN and KPP (Moscow, St Petersburg, Moscow region, Tatarstan, Sverdlovsk...). */
    private static final String[] REGIONS = {"77", "78", "50", "16", "66", "54", "52", "23"};
    private static final String[] CITIES = {"Москва", "Санкт-Петербург", "Химки", "Казань", "Екатеринбург",
        "Новосибирск", "Нижний Новгород", "Краснодар"};
    private static final String[] STREETS = {"ул. Ленина", "Складская ул.", "пр-т Мира", "Промышленная ул.",
        "ул. Гагарина", "Заводское ш.", "ул. Садовая"};

    /** The demo shop's ten providers, by the position of their name in DemoCatalogue.PROVIDERS. */
    private record Demo(String legalName, String slug, Kind kind) {
    }

    private enum Kind { ORGANISATION, ENTREPRENEUR, FOREIGN }

    private static final List<Demo> DEMO = List.of(
            new Demo("Общество с ограниченной ответственностью «ТехноМир»", "technomir", Kind.ORGANISATION),
            new Demo("Digital Trade LLC", "digital-trade", Kind.ORGANISATION),
            new Demo("ООО «Торговый дом «Восток-Электро»", "vostok-electro", Kind.ORGANISATION),
            new Demo("ИП Соколов Андрей Викторович", "megaopt", Kind.ENTREPRENEUR),
            new Demo("ООО «ЭлектроХаб»", "electrohub", Kind.ORGANISATION),
            new Demo("АО «Альфа-Дистрибуция»", "alfa-distribution", Kind.ORGANISATION),
            new Demo("Nordic Supply Oy", "nordic-supply", Kind.FOREIGN),
            new Demo("ООО «ГаджетПро»", "gadgetpro", Kind.ORGANISATION),
            new Demo("ИП Белова Ольга Сергеевна", "domtehnika-opt", Kind.ENTREPRENEUR),
            new Demo("ООО «Сити-Снаб»", "city-snab", Kind.ORGANISATION));

    private ProviderCards() {
    }

    /** Writes the details of provider {@code index} (0-based) named {@code name} into the row. */
    static void add(CopyTable row, int index, String name, boolean demo, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + index);
        Demo card = demo ? DEMO.get(index % DEMO.size()) : null;
        Kind kind = card != null ? card.kind() : index % 9 == 4 ? Kind.ENTREPRENEUR : Kind.ORGANISATION;
        String slug = card != null ? card.slug() : "provider-" + (index + 1);
        String legalName = card != null ? card.legalName() : "Общество с ограниченной ответственностью "
                + name.substring(name.indexOf('«'));
        int region = random.nextInt(REGIONS.length);
        // Tax office: two digits after the region; then the provider's own number keeps INNs unique.
        String office = REGIONS[region] + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(40));
        String inn = switch (kind) {
            case ORGANISATION -> TaxIds.organisationInn(office + String.format(Locale.ROOT, "%05d", index));
            case ENTREPRENEUR -> TaxIds.personInn(office + String.format(Locale.ROOT, "%06d", index));
            case FOREIGN -> null;
        };
        String kpp = kind == Kind.ORGANISATION ? office + "01001" : null;
        String[] person = PeopleNames.SURNAMES_RU.get(random.nextInt(PeopleNames.SURNAMES_RU.size())).split("\\|");
        String[] first = PeopleNames.MALE_RU.get(random.nextInt(PeopleNames.MALE_RU.size())).split("\\|");
        String phone = "+7" + (kind == Kind.FOREIGN ? "812" : "495") + String.format(Locale.ROOT, "%07d",
                random.nextInt(10_000_000));
        String address = kind == Kind.FOREIGN ? null : CITIES[region] + ", " + STREETS[random.nextInt(STREETS.length)]
                + ", д. " + (1 + random.nextInt(120));
        row.add(legalName).add(inn).add(kpp).add(first[0] + " " + person[0])
                .add("sales@" + slug + ".ru").add(phone).add(address).add("https://" + slug + ".ru");
    }
}
