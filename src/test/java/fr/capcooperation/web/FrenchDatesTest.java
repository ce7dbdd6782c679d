package fr.capcooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates as French writes them: the first of the month is « 1er ». */
class FrenchDatesTest {

	private final FrenchDatesDialect.FrenchDates days = new FrenchDatesDialect.FrenchDates();

	@Test
	void the_first_of_the_month_is_an_ordinal_and_the_others_are_numbers() {
		assertThat(days.format(LocalDate.of(2026, 12, 1))).isEqualTo("1er décembre 2026");
		assertThat(days.format(LocalDate.of(2026, 12, 2))).isEqualTo("2 décembre 2026");
		assertThat(days.format(LocalDate.of(2019, 4, 1))).isEqualTo("1er avril 2019");
	}
}
