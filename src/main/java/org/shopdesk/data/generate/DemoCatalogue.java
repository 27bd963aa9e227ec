package org.shopdesk.data.generate;

import java.util.List;

/**
 * The demo shop's assortment, written by hand so that the first start looks like a real shop:
 * Russian and English names, real-sounding brands and models, a price range per category.
 */
final class DemoCatalogue {
    /** A category; titles are "pattern(producer, model) variant" for every model and variant. */
    record Kind(String category, String pattern, List<String> variants, List<String> models,
                long minRubles, long maxRubles) {
        String producer(int model) {
            return models.get(model).substring(0, models.get(model).indexOf('|'));
        }

        String title(int model, int variant) {
            String m = models.get(model);
            String title = pattern.formatted(m.substring(0, m.indexOf('|')), m.substring(m.indexOf('|') + 1));
            String v = variants.get(variant);
            return v.isEmpty() ? title : title + " " + v;
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("Смартфоны", "Смартфон %s %s", List.of("128 ГБ", "256 ГБ"),
                    List.of("Samsung|Galaxy A54", "Samsung|Galaxy S23", "Xiaomi|Redmi Note 12", "Xiaomi|POCO X5 Pro",
                            "Apple|iPhone 13", "Apple|iPhone 14", "realme|C55", "HONOR|X8a", "HONOR|90 Lite",
                            "Tecno|Spark 10 Pro"), 11_990, 99_990),
            new Kind("Ноутбуки", "Ноутбук %s %s", List.of("8/256 ГБ", "16/512 ГБ"),
                    List.of("Lenovo|IdeaPad 3 15IAU7", "Lenovo|ThinkPad E14", "ASUS|VivoBook 15 X1504", "ASUS|TUF Gaming F15",
                            "Acer|Aspire 5 A515", "Acer|Extensa 15", "HP|250 G9", "HP|Pavilion 15", "HONOR|MagicBook 14",
                            "Apple|MacBook Air 13 M2"), 34_990, 149_990),
            new Kind("Компьютерные мыши", "%s %s", List.of(""),
                    List.of("Logitech|Wireless Mouse M185", "Logitech|Gaming Mouse G102", "Logitech|MX Master 3S",
                            "Logitech|Silent Mouse M330", "Redragon|Gaming Mouse Cobra M711", "Redragon|Wireless Mouse Woki",
                            "Defender|Мышь беспроводная Accura MM-965", "Defender|Мышь проводная Optimum MB-270",
                            "A4Tech|Bloody V7", "A4Tech|Мышь OP-720", "Xiaomi|Wireless Mouse Lite", "Microsoft|Bluetooth Mouse",
                            "HP|Wireless Mouse 220", "Lenovo|Mouse 300 USB", "ASUS|ROG Strix Impact II",
                            "Razer|DeathAdder Essential", "SteelSeries|Rival 3", "Canyon|Мышь CNE-CMSW05",
                            "Sven|RX-G740", "Acer|Mouse OMR010"), 390, 9_990),
            new Kind("Клавиатуры", "%s %s", List.of(""),
                    List.of("Logitech|Keyboard K120", "Logitech|Wireless Keyboard K270", "Logitech|MX Keys Mini",
                            "Redragon|Mechanical Keyboard K552 Kumara", "Redragon|Keyboard Dyaus K509",
                            "Defender|Клавиатура Element HB-520", "A4Tech|Клавиатура KR-85", "A4Tech|Bloody B820R",
                            "Microsoft|Wired Keyboard 600", "Sven|Клавиатура KB-S300", "HP|Keyboard 100",
                            "ASUS|ROG Strix Scope", "Razer|BlackWidow V3", "SteelSeries|Apex 3",
                            "Canyon|Клавиатура CNS-HKB2", "Lenovo|Keyboard 300", "Xiaomi|Mechanical Keyboard",
                            "Acer|Keyboard OKW120", "Defender|Клавиатура игровая Mayhem GK-360", "Logitech|G213 Prodigy"),
                    590, 14_990),
            new Kind("Наушники", "Наушники %s %s", List.of("чёрные", "белые"),
                    List.of("JBL|Tune 510BT", "JBL|Wave Buds", "Sony|WH-CH520", "Sony|WF-C700N", "Xiaomi|Redmi Buds 4",
                            "Apple|AirPods 3", "Samsung|Galaxy Buds2", "HONOR|Choice Earbuds X5",
                            "Sven|AP-B350MV", "Defender|FreeMotion B545"), 990, 24_990),
            new Kind("Кабели и зарядные устройства", "%s %s", List.of(""),
                    List.of("Ugreen|USB-C Cable 1 m", "Ugreen|USB-C to Lightning Cable 1 m", "Ugreen|Charger 65W GaN",
                            "Ugreen|HDMI Cable 2 m", "Baseus|Charger 30W USB-C", "Baseus|Кабель USB-C 100W 2 м",
                            "Baseus|Power Bank 10000 mAh", "Anker|PowerPort III 20W", "Anker|PowerCore 20000",
                            "Anker|USB-C Cable 0.9 m", "Xiaomi|Power Bank 20000 mAh 22.5W", "Samsung|Сетевое зарядное 25W",
                            "Apple|20W USB-C Power Adapter", "Defender|Кабель micro-USB 1 м", "Sven|Удлинитель 5 розеток 3 м",
                            "HONOR|SuperCharge 66W", "Canyon|Автомобильное зарядное C-08", "Baseus|Car Charger 30W",
                            "Ugreen|DisplayPort Cable 1.5 m", "Anker|Nano Charger 30W"), 290, 4_990),
            new Kind("Карты памяти и флешки", "%s %s", List.of(""),
                    List.of("SanDisk|microSDXC Ultra 64 GB", "SanDisk|microSDXC Ultra 128 GB", "SanDisk|Extreme microSDXC 256 GB",
                            "SanDisk|USB Flash Cruzer Blade 32 GB", "Kingston|DataTraveler Exodia 64 GB",
                            "Kingston|Canvas Select Plus 128 GB", "Kingston|Флешка DataTraveler 32 GB", "Samsung|EVO Plus 128 GB",
                            "Samsung|PRO Plus 256 GB", "Transcend|JetFlash 790 64 GB", "Transcend|microSDHC 32 GB",
                            "Netac|USB Flash U278 128 GB", "Kingston|SSD A400 480 GB", "Samsung|SSD 980 1 TB",
                            "Kingston|SSD NV2 1 TB", "SanDisk|Portable SSD 1 TB", "Transcend|StoreJet 25M3 1 TB",
                            "Netac|SSD N600S 512 GB", "Samsung|Флешка BAR Plus 64 GB", "SanDisk|Ultra Dual Drive 64 GB"),
                    390, 12_990),
            new Kind("Телевизоры", "Телевизор %s %s", List.of("43\"", "55\""),
                    List.of("Samsung|UE-CU7100", "Samsung|QE-Q60C", "LG|UR78006LK", "LG|OLED C3", "Xiaomi|Mi TV A2",
                            "Sony|Bravia KD-X75K", "Haier|Smart TV S1", "TCL|P635", "Hisense|A6K", "Philips|PUS7608"),
                    19_990, 159_990),
            new Kind("Чайники", "Электрочайник %s %s", List.of(""),
                    List.of("Tefal|KO2008", "Tefal|Loft KI250D", "Redmond|RK-M1304", "Redmond|SkyKettle G240S",
                            "Polaris|PWK 1725CGLD", "Polaris|PWK 1803C", "Xiaomi|Mi Electric Kettle 2", "Bosch|TWK 3A011",
                            "Bosch|TWK 7203", "Philips|HD9350", "Braun|WK 3100", "Kitfort|КТ-6140",
                            "Scarlett|SC-EK27G97", "Vitek|VT-7090", "Redmond|RK-G178", "Tefal|Justine Plus KO3408",
                            "Polaris|PWK 1546CA", "Kitfort|КТ-633", "Philips|HD9318", "Xiaomi|Smart Kettle Pro"),
                    990, 8_990),
            new Kind("Пылесосы", "Пылесос %s %s", List.of(""),
                    List.of("Bosch|BGS05A220", "Bosch|Unlimited 7 BCS711", "Xiaomi|Robot Vacuum S10", "Xiaomi|Vacuum Cleaner G10",
                            "Polaris|PVCR 3200 IQ Home", "Redmond|RV-R650S", "Philips|FC9332 PowerPro", "Tefal|X-Force Flex 8.60",
                            "Kitfort|КТ-5133", "Samsung|VC07M25", "Dreame|V11", "Vitek|VT-1899",
                            "Scarlett|SC-VC80C96", "Karcher|VC 3", "Thomas|DryBOX", "Dreame|Bot L10s Ultra",
                            "Polaris|PVCS 7090", "Redmond|RV-UR356", "Philips|XC3131", "Tefal|Compact Power XXL"),
                    3_990, 79_990),
            new Kind("Кофеварки и кофемашины", "%s %s", List.of(""),
                    List.of("DeLonghi|Кофемашина Magnifica S ECAM 22.110", "DeLonghi|Кофеварка Dedica EC685",
                            "Philips|Кофемашина EP1220 LatteGo", "Philips|Coffee Maker HD7432", "Bosch|Кофемашина TIS30129RW",
                            "Krups|Кофемашина EA8108", "Polaris|Кофеварка PCM 1527E", "Redmond|Кофеварка RCM-M1528",
                            "Kitfort|Кофеварка КТ-760", "Nespresso|Капсульная кофемашина Essenza Mini",
                            "DeLonghi|Капсульная Nescafe Dolce Gusto Genio S", "Xiaomi|Scishare Capsule Coffee Machine",
                            "Tefal|Кофеварка CM3218", "Vitek|Кофеварка VT-1500", "Scarlett|Кофеварка SC-CM33017",
                            "Bosch|Кофеварка TKA3A031", "Krups|Nespresso Inissia XN1001", "Polaris|PACM 2080AC",
                            "DeLonghi|ESAM 3000.B", "Philips|Senseo HD6554"), 1_990, 69_990),
            new Kind("Фены и бритвы", "%s %s", List.of(""),
                    List.of("Philips|Фен BHD350", "Philips|Электробритва S1231", "Philips|Триммер OneBlade QP2724",
                            "Braun|Электробритва Series 3 300s", "Braun|Фен Satin Hair 5 HD580", "Braun|Эпилятор Silk-epil 5",
                            "Xiaomi|Hair Dryer H300", "Xiaomi|Electric Shaver S300", "Rowenta|Фен CV5712",
                            "Rowenta|Щипцы CF3225", "Polaris|Фен PHD 2077i", "Scarlett|Фен SC-HD70I51",
                            "Remington|Фен D3010", "Remington|Машинка для стрижки HC5150", "Panasonic|Электробритва ES-RT37",
                            "Panasonic|Фен EH-ND65", "Dyson|Supersonic HD07", "Vitek|Фен VT-8219",
                            "Braun|Триммер MGK3220", "Philips|Машинка для стрижки HC3505"), 790, 49_990),
            new Kind("Сетевое оборудование", "%s %s", List.of(""),
                    List.of("TP-Link|Wi-Fi Router Archer C6", "TP-Link|Wi-Fi Router Archer AX23", "TP-Link|Deco M4 (2-pack)",
                            "TP-Link|Switch TL-SG105", "TP-Link|USB Wi-Fi Adapter Archer T2U", "Keenetic|Роутер Giga KN-1011",
                            "Keenetic|Роутер Speedster KN-3012", "Keenetic|Роутер Viva KN-1912", "Xiaomi|Mi Router AX3000",
                            "Xiaomi|Mi Router 4A", "ASUS|Wi-Fi Router RT-AX55", "ASUS|Wi-Fi Router RT-AX58U",
                            "D-Link|Коммутатор DGS-1008D", "D-Link|Роутер DIR-842", "Mikrotik|hAP ac2",
                            "Mikrotik|hEX RB750Gr3", "Ubiquiti|UniFi U6 Lite", "TP-Link|Powerline TL-PA7017 Kit",
                            "Netis|Роутер N3", "Tenda|Роутер AC6"), 690, 17_990),
            new Kind("Принтеры и МФУ", "%s %s", List.of(""),
                    List.of("Canon|МФУ PIXMA G3410", "Canon|Принтер i-SENSYS LBP6030B", "Canon|МФУ i-SENSYS MF3010",
                            "HP|Принтер LaserJet M111w", "HP|МФУ LaserJet M141a", "HP|МФУ DeskJet 2720",
                            "Epson|МФУ L3250", "Epson|Принтер L121", "Epson|МФУ L3210", "Brother|Принтер HL-L2300DR",
                            "Brother|МФУ DCP-L2500DR", "Pantum|Принтер P2500W", "Pantum|МФУ M6500W", "Xerox|Phaser 3020",
                            "Xerox|МФУ B205", "Kyocera|ECOSYS P2335d", "Kyocera|МФУ ECOSYS M2040dn", "Canon|Картридж 725",
                            "HP|Картридж 107A", "Epson|Чернила 103 (набор)"), 690, 39_990),
            new Kind("Умные часы и браслеты", "%s %s", List.of(""),
                    List.of("Xiaomi|Смарт-часы Redmi Watch 3", "Xiaomi|Фитнес-браслет Smart Band 8", "Samsung|Galaxy Watch 6 40 мм",
                            "Samsung|Galaxy Fit3", "Apple|Watch SE 40 mm", "Apple|Watch Series 9 45 mm", "HONOR|Band 7",
                            "HONOR|Смарт-часы Watch GS 3", "Huawei|Watch Fit 2", "Huawei|Band 8", "Amazfit|Bip 5",
                            "Amazfit|GTR 4", "Garmin|Forerunner 55", "Garmin|Venu Sq 2", "realme|Watch 3",
                            "Haylou|Solar Plus RT3", "Xiaomi|Watch S1 Active", "Amazfit|Band 7", "Samsung|Galaxy Watch5 Pro",
                            "Huawei|Watch GT 4 46 mm"), 1_990, 49_990));

    static final List<String> PROVIDERS = List.of("ООО «ТехноМир»", "Digital Trade", "ТД «Восток-Электро»", "МегаОпт",
            "ElectroHub", "Альфа-Дистрибуция", "Nordic Supply", "GadgetPro", "ДомТехника Опт", "Сити-Снаб");

    static int productCount() {
        return KINDS.stream().mapToInt(k -> k.models().size() * k.variants().size()).sum();
    }

    static int producerCount() {
        return (int) KINDS.stream().flatMap(k -> k.models().stream()).map(m -> m.substring(0, m.indexOf('|'))).distinct().count();
    }

    private DemoCatalogue() {
    }
}
