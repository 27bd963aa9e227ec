package org.shopdesk.service.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.party.ProviderDraft;

class ProviderRulesTest {
    private static final ProviderDraft FULL = new ProviderDraft(null, null, "  ООО «ТехноМир» ", " ООО «ТехноМир» ",
            "77 07 083893", "773601001", "Иван Петров", " Sales@TechnoMir.RU ", "8 (916) 123-45-67",
            "Москва, ул. Ленина, 1", "TechnoMir.ru", "  ");

    @Test
    void aFullCardIsNormalisedAsItWillBeStored() {
        assertThat(ProviderRules.check(FULL)).isEmpty();
        ProviderDraft d = ProviderRules.normalise(FULL);
        assertThat(d.name()).isEqualTo("ООО «ТехноМир»");
        assertThat(d.inn()).isEqualTo("7707083893");
        assertThat(d.email()).isEqualTo("sales@technomir.ru");
        assertThat(d.phone()).isEqualTo("+79161234567");
        assertThat(d.website()).isEqualTo("https://TechnoMir.ru");
        assertThat(d.notes()).isNull();
        assertThat(ProviderRules.normalise(FULL.withInn(null, "7736ab001")).kpp()).isEqualTo("7736AB001");
        assertThat(ProviderRules.normaliseWebsite("HTTP://shop.ru/x")).isEqualTo("http://shop.ru/x");
    }

    @Test
    void eachBadFieldGetsItsOwnProblem() {
        assertThat(problems(FULL.withName(" "))).containsExactly("name:validation.required");
        assertThat(problems(FULL.withName("x".repeat(101)))).containsExactly("name:validation.tooLong");
        assertThat(problems(FULL.withInn("7707083894", null))).containsExactly("inn:supplier.validation.inn.checkDigit");
        assertThat(problems(FULL.withInn("77O7O83893", null))).containsExactly("inn:supplier.validation.inn.format");
        assertThat(problems(FULL.withInn("770708389", null))).containsExactly("inn:supplier.validation.inn.format");
        assertThat(problems(FULL.withInn("7707083893", "7736-01-001"))).containsExactly("kpp:supplier.validation.kpp.format");
        assertThat(problems(FULL.withInn("500100732259", "773601001")))
                .containsExactly("kpp:supplier.validation.kpp.needsOrgInn");
        assertThat(problems(FULL.withInn(null, "773601001"))).containsExactly("kpp:supplier.validation.kpp.needsOrgInn");
        assertThat(problems(FULL.withContacts("ivan@", null))).containsExactly("email:supplier.validation.email");
        assertThat(problems(FULL.withContacts("ivan@mail", null))).containsExactly("email:supplier.validation.email");
        assertThat(problems(FULL.withContacts(null, "8 916 ABC-45-67"))).containsExactly("phone:supplier.validation.phone");
        assertThat(problems(FULL.withContacts(null, "+7 916 123"))).containsExactly("phone:supplier.validation.phone");
        ProviderDraft badSite = new ProviderDraft(null, null, "X", null, null, null, null, null, null, null, "shop", null);
        assertThat(problems(badSite)).containsExactly("website:supplier.validation.website");
        ProviderDraft longNotes = new ProviderDraft(null, null, "X", null, null, null, null, null, null, null, null,
                "n".repeat(1001));
        assertThat(problems(longNotes)).containsExactly("notes:validation.tooLong");
    }

    @Test
    void onlyTheNameIsRequiredAndEveryProblemIsReportedAtOnce() {
        assertThat(ProviderRules.check(ProviderDraft.named("Only a name"))).isEmpty();
        ProviderDraft all = new ProviderDraft(null, null, "", "l".repeat(201), "123", "12", "c".repeat(101), "x@",
                "phone", "a".repeat(301), "no site", null);
        assertThat(problems(all)).containsExactly("name:validation.required", "legalName:validation.tooLong",
                "inn:supplier.validation.inn.format", "kpp:supplier.validation.kpp.format",
                "contactPerson:validation.tooLong", "email:supplier.validation.email", "phone:supplier.validation.phone",
                "address:validation.tooLong", "website:supplier.validation.website");
        assertThat(ProviderRules.checkField(ProviderRules.EMAIL, all)).map(Problem::messageKey)
                .contains("supplier.validation.email");
        assertThat(ProviderRules.checkField(ProviderRules.NOTES, all)).isEmpty();
    }

    private static List<String> problems(ProviderDraft d) {
        return ProviderRules.check(d).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}
