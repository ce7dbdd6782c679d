package fr.capcooperation.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import fr.capcooperation.catalog.DocumentTemplate;

/** « Vos structures »: up to four partners as typed; the first two need a name, any row with something typed too. */
class StructuresForm {

	static final int MAX_LENGTH = 200;

	/** One row of the form, every field as typed. */
	static class Row {

		String name = "";

		String address = "";

		String representative = "";

		String title = "";

		String members = "";

		String employees = "";

		/** The fields as typed, by name, for the page. */
		Map<String, String> values() {
			return Map.of("name", name, "address", address, "representative", representative, "title", title,
					"members", members, "employees", employees);
		}

		boolean isBlank() {
			return (name + address + representative + title + members + employees).isBlank();
		}
	}

	List<Row> structures = new ArrayList<>();

	static StructuresForm of(List<Structure> saved) {
		StructuresForm form = new StructuresForm();
		for (Structure structure : saved) {
			Row row = new Row();
			row.name = structure.name();
			row.address = text(structure.address());
			row.representative = text(structure.representative());
			row.title = text(structure.title());
			row.members = structure.members() == null ? "" : String.valueOf(structure.members());
			row.employees = structure.employees() == null ? "" : String.valueOf(structure.employees());
			form.structures.add(row);
		}
		form.fill();
		return form;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** Always four rows to show. */
	void fill() {
		while (structures.size() < DocumentTemplate.MAX_STRUCTURES) {
			structures.add(new Row());
		}
		if (structures.size() > DocumentTemplate.MAX_STRUCTURES) {
			structures = new ArrayList<>(structures.subList(0, DocumentTemplate.MAX_STRUCTURES));
		}
	}

	/** The structures typed, checked; errors name the field of the row that is wrong. */
	List<Structure> check(Errors errors) {
		fill();
		List<Structure> typed = new ArrayList<>();
		for (int i = 0; i < structures.size(); i++) {
			Row row = structures.get(i);
			String prefix = "structures[" + i + "].";
			if (row.isBlank() && i >= 2) {
				continue;
			}
			if (row.name.isBlank()) {
				errors.rejectValue(prefix + "name", i < 2 ? "plan.error.structure.name.required" : "plan.error.structure.name.row",
						new Object[] { i + 1 }, "");
			}
			for (String field : List.of("name", "address", "representative", "title")) {
				if (value(row, field).length() > MAX_LENGTH) {
					errors.rejectValue(prefix + field, "plan.error.structure.long", new Object[] { MAX_LENGTH }, "");
				}
			}
			Integer members = count(row.members, prefix + "members", errors);
			Integer employees = count(row.employees, prefix + "employees", errors);
			if (!row.name.isBlank()) {
				typed.add(new Structure(row.name.strip(), blankToNull(row.address), blankToNull(row.representative),
						blankToNull(row.title), members, employees));
			}
		}
		return typed;
	}

	private static String value(Row row, String field) {
		return switch (field) {
			case "name" -> row.name;
			case "address" -> row.address;
			case "representative" -> row.representative;
			default -> row.title;
		};
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	private static @Nullable Integer count(String typed, String field, Errors errors) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(typed.strip().replace(" ", "").replace("\u202f", "").replace("\u00a0", ""));
			if (value >= 0 && value <= 10_000_000) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		errors.rejectValue(field, "plan.error.structure.count");
		return null;
	}
}
