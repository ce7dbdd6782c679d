package fr.capcooperation.rules;

import static fr.capcooperation.rules.Condition.all;
import static fr.capcooperation.rules.Condition.answered;
import static fr.capcooperation.rules.Condition.any;
import static fr.capcooperation.rules.Condition.atLeast;
import static fr.capcooperation.rules.Condition.includes;
import static fr.capcooperation.rules.Condition.includesAny;
import static fr.capcooperation.rules.Condition.is;
import static fr.capcooperation.rules.Condition.not;
import static fr.capcooperation.rules.Condition.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConditionTest {

	private static final Answers ASSOCIATIONS_AND_TOWN = Answers.of(Map.of(
			"integration", Answer.choice("structurer"),
			"partners", Answer.choices("associations", "public"),
			"member_count", Answer.number(4),
			"legal_entity", Answer.choice(Answer.DONT_KNOW)));

	private static Truth eval(Condition condition) {
		return condition.evaluate(ASSOCIATIONS_AND_TOWN);
	}

	@Nested
	class Answered {
		@Test
		void a_chosen_option_counts_as_answered() {
			assertThat(eval(answered("integration"))).isEqualTo(Truth.TRUE);
		}

		@Test
		void je_ne_sais_pas_and_a_missing_answer_do_not() {
			assertThat(eval(answered("legal_entity"))).isEqualTo(Truth.FALSE);
			assertThat(eval(answered("surplus"))).isEqualTo(Truth.FALSE);
		}
	}

	@Nested
	class Is {
		@Test
		void holds_for_the_chosen_option_only() {
			assertThat(eval(is("integration", "structurer"))).isEqualTo(Truth.TRUE);
			assertThat(eval(is("integration", "fusionner"))).isEqualTo(Truth.FALSE);
		}

		@Test
		void is_unknown_when_the_answer_is_unknown_or_missing() {
			assertThat(eval(is("legal_entity", "oui"))).isEqualTo(Truth.UNKNOWN);
			assertThat(eval(is("surplus", "membres"))).isEqualTo(Truth.UNKNOWN);
		}
	}

	@Nested
	class Includes {
		@Test
		void holds_when_the_option_is_checked() {
			assertThat(eval(includes("partners", "public"))).isEqualTo(Truth.TRUE);
			assertThat(eval(includes("partners", "essms"))).isEqualTo(Truth.FALSE);
		}

		@Test
		void includes_any_holds_when_one_option_is_checked() {
			assertThat(eval(includesAny("partners", "essms", "public"))).isEqualTo(Truth.TRUE);
			assertThat(eval(includesAny("partners", "essms", "sante"))).isEqualTo(Truth.FALSE);
			assertThat(eval(includesAny("purpose", "moyens"))).isEqualTo(Truth.UNKNOWN);
		}
	}

	@Nested
	class Only {
		@Test
		void holds_when_no_option_is_outside_the_list() {
			assertThat(eval(only("partners", "associations", "public", "essms"))).isEqualTo(Truth.TRUE);
			assertThat(eval(only("partners", "associations"))).isEqualTo(Truth.FALSE);
		}

		@Test
		void an_empty_selection_is_unknown() {
			Answers none = Answers.of(Map.of("partners", Answer.choices()));
			assertThat(only("partners", "associations").evaluate(none)).isEqualTo(Truth.UNKNOWN);
		}
	}

	@Nested
	class AtLeast {
		@Test
		void compares_the_number_with_the_threshold() {
			assertThat(eval(atLeast("member_count", 4))).isEqualTo(Truth.TRUE);
			assertThat(eval(atLeast("member_count", 5))).isEqualTo(Truth.FALSE);
			assertThat(eval(atLeast("budget", 5))).isEqualTo(Truth.UNKNOWN);
		}
	}

	@Nested
	class ThreeValuedLogic {
		private final Condition yes = is("integration", "structurer");
		private final Condition no = is("integration", "fusionner");
		private final Condition unknown = is("legal_entity", "oui");

		@Test
		void all_is_false_as_soon_as_one_is_false_even_with_an_unknown() {
			assertThat(eval(all(yes, no, unknown))).isEqualTo(Truth.FALSE);
			assertThat(eval(all(yes, unknown))).isEqualTo(Truth.UNKNOWN);
			assertThat(eval(all(yes, yes))).isEqualTo(Truth.TRUE);
			assertThat(eval(all())).isEqualTo(Truth.TRUE);
		}

		@Test
		void any_is_true_as_soon_as_one_is_true_even_with_an_unknown() {
			assertThat(eval(any(no, yes, unknown))).isEqualTo(Truth.TRUE);
			assertThat(eval(any(no, unknown))).isEqualTo(Truth.UNKNOWN);
			assertThat(eval(any(no, no))).isEqualTo(Truth.FALSE);
		}

		@Test
		void not_flips_true_and_false_and_keeps_unknown() {
			assertThat(eval(not(yes))).isEqualTo(Truth.FALSE);
			assertThat(eval(not(no))).isEqualTo(Truth.TRUE);
			assertThat(eval(not(unknown))).isEqualTo(Truth.UNKNOWN);
		}
	}

	@Test
	void a_condition_lists_the_questions_it_reads_in_order() {
		assertThat(all(is("integration", "x"), any(includes("partners", "y"), atLeast("member_count", 2))).questions())
			.containsExactly("integration", "partners", "member_count");
	}
}
