package org.shopdesk.data.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Names for the large shop: product kinds times market segments for categories, made-up brands
 * for producers and wholesalers for providers. Deterministic for a seed and always unique where
 * the schema wants them unique (case-insensitively).
 */
final class ScaleCatalogue {
    /** Category name|word a product title starts with|lowest rubles|highest rubles. */
    static final List<String> KINDS = List.of("Смартфоны|Смартфон|6990|99990", "Ноутбуки|Ноутбук|29990|159990",
            "Мониторы|Монитор|8990|69990", "Планшеты|Планшет|7990|89990", "Computer Mice|Mouse|390|9990",
            "Keyboards|Keyboard|590|14990", "Наушники|Наушники|590|29990", "Колонки|Портативная колонка|990|24990",
            "Cables|Cable|190|2990", "Chargers|Charger|490|5990", "Power Banks|Power Bank|990|7990",
            "Карты памяти|Карта памяти|390|7990", "SSD|SSD|2490|24990", "Телевизоры|Телевизор|14990|199990",
            "Чайники|Электрочайник|890|8990", "Пылесосы|Пылесос|2990|79990", "Кофеварки|Кофеварка|1990|59990",
            "Фены|Фен|790|39990", "Бритвы|Электробритва|1490|29990", "Routers|Wi-Fi Router|990|19990",
            "Принтеры|Принтер|4990|39990", "Умные часы|Смарт-часы|1990|49990", "Фитнес-браслеты|Фитнес-браслет|990|9990",
            "Микроволновые печи|Микроволновая печь|4990|24990", "Мультиварки|Мультиварка|2990|19990",
            "Блендеры|Блендер|1490|14990", "Утюги|Утюг|1290|12990", "Web Cameras|Web Camera|990|12990",
            "Игровые консоли|Игровая консоль|19990|69990", "Gamepads|Gamepad|990|7990", "Видеокарты|Видеокарта|14990|149990",
            "Процессоры|Процессор|4990|59990", "Материнские платы|Материнская плата|4990|39990",
            "Оперативная память|Модуль памяти|1290|14990", "Smart Home|Smart Plug|590|4990",
            "Электросамокаты|Электросамокат|14990|59990", "Фотоаппараты|Фотоаппарат|24990|199990",
            "Microphones|Microphone|990|19990", "Лампы|Настольная лампа|690|6990", "Кондиционеры|Сплит-система|19990|89990");
    static final List<String> SEGMENTS = List.of("", " — для дома", " — премиум", " — бюджетные", " — Pro");
    private static final String[] SYLLABLES = {"zen", "tek", "nor", "vel", "ar", "ion", "lux", "mi", "ko", "ra",
            "don", "sol", "vi", "qu", "ex", "tra", "bel", "max", "on", "ly", "sta", "gra", "pol", "ri", "fin", "zo",
            "kan", "del", "ta", "ver"};
    private static final String[] PROVIDER_HEADS = {"Техно", "Мега", "Электро", "Цифро", "Гаджет", "Нова", "Альфа",
            "Сити", "Опт", "Норд", "Бета", "Гига", "Вектор", "Сфера", "Форт"};
    private static final String[] PROVIDER_TAILS = {"Мир", "Трейд", "Снаб", "Маркет", "Опт", "Лайн", "Сервис"};

    private ScaleCatalogue() {
    }

    static String category(int index) {
        String[] kind = KINDS.get(index % KINDS.size()).split("\\|");
        int segment = index / KINDS.size();
        String name = kind[0] + SEGMENTS.get(segment % SEGMENTS.size());
        // Past kinds x segments (scale above 1) the name gets a series number to stay unique.
        return segment >= SEGMENTS.size() ? name + " " + (segment / SEGMENTS.size() + 1) : name;
    }

    static String[] kindOfCategory(int index) {
        return KINDS.get(index % KINDS.size()).split("\\|");
    }

    /** Made-up brand names of two or three syllables, unique regardless of case. */
    static List<String> brands(int count, SplittableRandom random) {
        Set<String> seen = new HashSet<>();
        List<String> names = new java.util.ArrayList<>(count);
        while (names.size() < count) {
            int parts = 2 + random.nextInt(2);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < parts; i++) {
                b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String name = Character.toUpperCase(b.charAt(0)) + b.substring(1);
            if (seen.size() > 20_000) {
                name = name + " " + names.size();
            }
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }

    static String provider(int index) {
        int combos = PROVIDER_HEADS.length * PROVIDER_TAILS.length;
        String name = "ООО «" + PROVIDER_HEADS[index % PROVIDER_HEADS.length]
                + PROVIDER_TAILS[(index / PROVIDER_HEADS.length) % PROVIDER_TAILS.length] + "»";
        return index < combos ? name : name + " " + (index / combos + 1);
    }
}
