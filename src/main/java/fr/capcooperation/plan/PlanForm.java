package fr.capcooperation.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The plan's form: the target date as typed and the steps ticked. */
class PlanForm {

	/** The latest target date the plan accepts, in years from today. */
	static final int MAX_YEARS = 10;

	String targetDate = "";

	List<String> done = new ArrayList<>();

	static PlanForm of(ActionPlan plan) {
		PlanForm form = new PlanForm();
		LocalDate date = plan.targetDate();
		form.targetDate = date == null ? "" : date.toString();
		form.done = new ArrayList<>(plan.done());
		return form;
	}

	/** The target date, checked: a date that exists, not past, not beyond ten years; null when left empty. */
	@Nullable LocalDate check(LocalDate today, Errors errors) {
		if (targetDate == null || targetDate.isBlank()) {
			return null;
		}
		LocalDate date = PlanDates.parse(targetDate);
		if (date == null) {
			errors.rejectValue("targetDate", "plan.error.date.invalid");
			return null;
		}
		if (date.isBefore(today)) {
			errors.rejectValue("targetDate", "plan.error.date.past");
			return null;
		}
		if (date.isAfter(today.plusYears(MAX_YEARS))) {
			errors.rejectValue("targetDate", "plan.error.date.far");
			return null;
		}
		return date;
	}
}
