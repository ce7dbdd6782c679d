package fr.capcooperation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogReader;
import fr.capcooperation.catalog.PlanContent;
import fr.capcooperation.plan.PlanCalendar.Calendar;
import fr.capcooperation.plan.PlanCalendar.DatedStep;

/** The calendar of catalogue version 2's roadmaps, checked against the delays of the law. */
class PlanCalendarTest {

	private static final PlanContent PLAN = new Catalog(2, Instant.EPOCH, CatalogReader.seedV2()).plan();

	private static Map<String, DatedStep> byKey(Calendar calendar) {
		return calendar.steps().stream().collect(Collectors.toMap(DatedStep::key, Function.identity()));
	}

	@Test
	void a_general_assembly_on_15_june_means_the_boards_adopt_the_project_by_15_april_and_the_notice_appears_by_16_may() {
		Calendar calendar = PlanCalendar.of(PLAN.steps("fusion"), List.of(), LocalDate.of(2027, 6, 15),
				LocalDate.of(2027, 1, 4));

		Map<String, DatedStep> steps = byKey(calendar);
		// Décret du 16 août 1901, art. 15-1 ff.: the project is adopted at least two months before.
		assertThat(steps.get("fusion.projet_arrete").date()).isEqualTo(LocalDate.of(2027, 4, 15));
		assertThat(steps.get("fusion.projet_arrete").legal()).isTrue();
		// Art. 15-3: the notice at least thirty days before the first general assembly; art. 15-4: the documents too.
		assertThat(steps.get("fusion.avis").date()).isEqualTo(LocalDate.of(2027, 5, 16));
		assertThat(steps.get("fusion.documents").date()).isEqualTo(LocalDate.of(2027, 5, 16));
		assertThat(steps.get("fusion.ag").date()).isEqualTo(LocalDate.of(2027, 6, 15));
		// The CSE is consulted before the boards adopt the project (L2312-8).
		assertThat(steps.get("fusion.cse").date()).isBefore(steps.get("fusion.projet_arrete").date());
		assertThat(calendar.tooClose()).isFalse();
	}

	@Test
	void the_steps_come_in_the_order_of_their_dates_with_the_declarations_in_prefecture_last() {
		Calendar calendar = PlanCalendar.of(PLAN.steps("fusion"), List.of(), LocalDate.of(2027, 6, 15),
				LocalDate.of(2027, 1, 4));

		List<LocalDate> dates = calendar.steps().stream().map(DatedStep::date).toList();
		assertThat(dates).isSorted();
		assertThat(calendar.steps().get(calendar.steps().size() - 1).key()).isEqualTo("fusion.declarations");
		assertThat(calendar.steps().get(calendar.steps().size() - 1).date()).isEqualTo(LocalDate.of(2027, 9, 15));
	}

	@Test
	void general_assemblies_six_weeks_away_are_too_close_and_the_plan_says_the_first_date_that_keeps_the_law() {
		LocalDate today = LocalDate.of(2027, 5, 1);
		Calendar calendar = PlanCalendar.of(PLAN.steps("fusion"), List.of(), LocalDate.of(2027, 6, 15), today);

		assertThat(calendar.tooClose()).isTrue();
		assertThat(calendar.missedLegal()).extracting(DatedStep::key).contains("fusion.projet_arrete");
		// Two months from today: the boards can still adopt the project today.
		assertThat(calendar.earliestTarget()).isEqualTo(LocalDate.of(2027, 7, 1));
		Calendar moved = PlanCalendar.of(PLAN.steps("fusion"), List.of(), calendar.earliestTarget(), today);
		assertThat(moved.tooClose()).isFalse();
	}

	@Test
	void weak_readiness_lines_put_their_preparatory_steps_first_before_the_roadmap() {
		Calendar calendar = PlanCalendar.of(PLAN.steps("fusion"),
				List.of(PLAN.readinessStep("projet_conjoint").orElseThrow(), PLAN.readinessStep("besoins").orElseThrow()),
				LocalDate.of(2027, 6, 15), LocalDate.of(2026, 12, 1));

		assertThat(calendar.steps().get(0).key()).isEqualTo("prealable.besoins");
		assertThat(calendar.steps().get(1).key()).isEqualTo("prealable.projet_conjoint");
		assertThat(calendar.steps().get(0).preparatory()).isTrue();
		// One month before the CSE's consultation (15 March), the joint note; two months, the diagnosis.
		assertThat(calendar.steps().get(1).date()).isEqualTo(LocalDate.of(2027, 2, 15));
		assertThat(calendar.steps().get(0).date()).isEqualTo(LocalDate.of(2027, 1, 15));
	}

	@Test
	void a_pooled_employee_starting_on_1_september_needs_the_employees_agreement_and_amendment_by_1_august() {
		Calendar calendar = PlanCalendar.of(PLAN.steps("mutualisation"), List.of(), LocalDate.of(2027, 9, 1),
				LocalDate.of(2027, 1, 4));

		DatedStep agreement = byKey(calendar).get("mutualisation.accord_salarie");
		assertThat(agreement.date()).isEqualTo(LocalDate.of(2027, 8, 1));
		assertThat(agreement.reference()).contains("L8241-2");
		assertThat(agreement.models()).contains("avenant_mise_a_disposition");
	}

	@Test
	void without_a_target_date_the_steps_are_listed_in_the_catalogues_order_without_dates() {
		Calendar calendar = PlanCalendar.of(PLAN.steps("gip"), List.of(), null, LocalDate.of(2027, 1, 4));

		assertThat(calendar.steps()).extracting(DatedStep::date).containsOnlyNulls();
		assertThat(calendar.steps().get(0).key()).isEqualTo("gip.convention");
		assertThat(calendar.tooClose()).isFalse();
	}

	@Test
	void the_forms_most_often_recommended_have_a_roadmap_and_catalogue_version_2_passes_its_publication_checks() {
		assertThat(PLAN.formsWithRoadmap()).contains("fusion", "partenariat", "mutualisation", "groupement_employeurs",
				"union_associations", "gip");
		Catalog catalog = new Catalog(2, Instant.EPOCH, CatalogReader.seedV2());
		assertThat(catalog.checks()).isEmpty();
		assertThat(new Catalog(1, Instant.EPOCH, CatalogReader.seed()).plan().isEmpty()).isTrue();
	}
}
