package fr.capcooperation.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Reading a date as a person types it (the browser's ISO form, or jj/mm/aaaa) and saying one in French. */
final class PlanDates {

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRANCE);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private PlanDates() {
	}

	/** The date typed, or null when it is not a date that exists. */
	static @Nullable LocalDate parse(String typed) {
		String text = typed.strip();
		boolean iso = text.matches("\\d{4}-\\d{1,2}-\\d{1,2}");
		try {
			return iso ? LocalDate.parse(text, ISO) : LocalDate.parse(text.replace('.', '/').replace('-', '/'), TYPED);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** « 15 juin 2027 », « 1er septembre 2027 »: as the pages write it ({@code #days.format}). */
	static String french(LocalDate date) {
		return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + date.format(MONTH_YEAR);
	}
}
