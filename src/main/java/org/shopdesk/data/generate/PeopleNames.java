package org.shopdesk.data.generate;

import java.util.List;

/** Customers' names, Russian and English, each with the Latin spelling their e-mail address uses. */
final class PeopleNames {
    /** "Имя|latin" pairs; the female list pairs with the female surnames. */
    static final List<String> MALE_RU = List.of("Александр|alexander", "Дмитрий|dmitry", "Максим|maxim", "Сергей|sergey",
            "Андрей|andrey", "Алексей|alexey", "Артём|artem", "Илья|ilya", "Кирилл|kirill", "Михаил|mikhail",
            "Никита|nikita", "Иван|ivan", "Егор|egor", "Роман|roman", "Владимир|vladimir", "Павел|pavel",
            "Олег|oleg", "Николай|nikolay", "Денис|denis", "Евгений|evgeny");
    static final List<String> FEMALE_RU = List.of("Анна|anna", "Мария|maria", "Елена|elena", "Ольга|olga",
            "Наталья|natalia", "Екатерина|ekaterina", "Татьяна|tatiana", "Ирина|irina", "Светлана|svetlana",
            "Юлия|yulia", "Анастасия|anastasia", "Дарья|daria", "Полина|polina", "Ксения|ksenia", "Виктория|victoria",
            "Алина|alina", "Софья|sofia", "Вера|vera", "Марина|marina", "Людмила|lyudmila");
    /** Male form|female form|latin. */
    static final List<String> SURNAMES_RU = List.of("Иванов|Иванова|ivanov", "Смирнов|Смирнова|smirnov",
            "Кузнецов|Кузнецова|kuznetsov", "Попов|Попова|popov", "Васильев|Васильева|vasiliev",
            "Петров|Петрова|petrov", "Соколов|Соколова|sokolov", "Михайлов|Михайлова|mikhailov",
            "Новиков|Новикова|novikov", "Фёдоров|Фёдорова|fedorov", "Морозов|Морозова|morozov",
            "Волков|Волкова|volkov", "Алексеев|Алексеева|alekseev", "Лебедев|Лебедева|lebedev",
            "Семёнов|Семёнова|semenov", "Егоров|Егорова|egorov", "Павлов|Павлова|pavlov", "Козлов|Козлова|kozlov",
            "Степанов|Степанова|stepanov", "Николаев|Николаева|nikolaev", "Орлов|Орлова|orlov",
            "Андреев|Андреева|andreev", "Макаров|Макарова|makarov", "Никитин|Никитина|nikitin",
            "Захаров|Захарова|zakharov", "Зайцев|Зайцева|zaitsev", "Соловьёв|Соловьёва|soloviev",
            "Борисов|Борисова|borisov", "Яковлев|Яковлева|yakovlev", "Григорьев|Григорьева|grigoriev");
    static final List<String> FIRST_EN = List.of("James", "John", "Robert", "Michael", "David", "William", "Thomas",
            "Daniel", "Emma", "Olivia", "Sophia", "Emily", "Charlotte", "Amelia", "Grace", "Lucy", "Peter", "Mark",
            "Anna", "Laura");
    static final List<String> LAST_EN = List.of("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans",
            "Walker", "Wright", "Thompson", "White", "Green", "Hall", "Clarke", "Baker", "Turner", "Hill", "Scott",
            "Cooper", "Ward");
    static final List<String> MAIL_DOMAINS_RU = List.of("yandex.ru", "mail.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru");
    static final List<String> MAIL_DOMAINS_EN = List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me");
    /** Staff logins: the clerks who record checks and the storekeepers who receive goods. */
    static final List<String> CLERKS = List.of("a.petrova", "i.sokolov", "m.ivanova", "d.orlov", "e.lebedeva",
            "k.zaitsev", "o.morozova", "s.volkov", "t.egorova", "n.pavlov", "j.smith", "v.nikitina");
    static final List<String> STOREKEEPERS = List.of("sklad.kuznetsov", "sklad.popova", "sklad.fedorov");

    private PeopleNames() {
    }
}
