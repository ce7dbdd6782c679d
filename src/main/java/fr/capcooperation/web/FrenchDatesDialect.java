package fr.capcooperation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #days.format(date)}: a date as French writes it, « 1er décembre 2026 », « 2 décembre
 * 2026 » (the first of the month is an ordinal). Every page and the PDF use it.
 */
@Component
class FrenchDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "days";

	FrenchDatesDialect() {
		super("Cap Coopération dates");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {
			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return new FrenchDates();
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

	/** The expression object itself. */
	public static final class FrenchDates {

		private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

		public String format(LocalDate date) {
			return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " "
					+ MONTH_YEAR.format(date);
		}
	}
}
