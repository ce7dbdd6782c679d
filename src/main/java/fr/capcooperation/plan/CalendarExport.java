package fr.capcooperation.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.capcooperation.plan.PlanCalendar.Calendar;
import fr.capcooperation.plan.PlanCalendar.DatedStep;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** The dated steps of a plan as an iCalendar file (ical4j): one all-day event per step. */
@Component
class CalendarExport {

	private final MessageSource messages;

	CalendarExport(MessageSource messages) {
		this.messages = messages;
	}

	String ics(String token, String formName, Calendar calendar) {
		net.fortuna.ical4j.model.Calendar ics = new net.fortuna.ical4j.model.Calendar();
		ics.add(new ProdId("-//Cap Coopération//Plan d’action//FR"));
		ics.add(ImmutableVersion.VERSION_2_0);
		ics.add(ImmutableCalScale.GREGORIAN);
		for (DatedStep step : calendar.steps()) {
			if (step.date() == null) {
				continue;
			}
			VEvent event = new VEvent(step.date(), step.title() + " – " + formName);
			String journey = UUID.nameUUIDFromBytes(token.getBytes(StandardCharsets.UTF_8)).toString();
			event.add(new Uid(step.key() + "." + journey + "@capcooperation.fr"));
			event.add(new Description(description(step)));
			ics.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(ics, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private String description(DatedStep step) {
		StringBuilder text = new StringBuilder(step.text());
		text.append("\n").append(messages.getMessage("plan.decidedBy", null, Locale.FRANCE)).append(" ")
			.append(messages.getMessage("plan.decider." + step.decidedBy(), null, Locale.FRANCE));
		if (step.legal()) {
			text.append("\n").append(messages.getMessage("plan.legal.latest", null, Locale.FRANCE));
		}
		if (step.reference() != null) {
			text.append("\n").append(step.reference());
		}
		return text.toString();
	}
}
