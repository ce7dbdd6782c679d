package fr.capcooperation.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.capcooperation.questionnaire.JourneysDeleted;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The plans in table {@code action_plan}, one row per journey, in plain SQL. */
@Component
class ActionPlans {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final Clock clock;

	ActionPlans(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<ActionPlan> find(String token) {
		return jdbc.sql("SELECT form_key, target_date, done_steps, structures FROM action_plan WHERE journey_token = ?")
			.param(token)
			.query((rs, row) -> {
				Date date = rs.getDate("target_date");
				String structures = rs.getString("structures");
				return new ActionPlan(token, rs.getString("form_key"), date == null ? null : date.toLocalDate(),
						JSON.readValue(rs.getString("done_steps"), new TypeReference<Set<String>>() {
						}), structures == null ? List.of() : JSON.readValue(structures, new TypeReference<List<Structure>>() {
						}));
			})
			.optional();
	}

	/** Writes the plan whole (one UPDATE, or one INSERT the first time). */
	@Transactional
	void save(ActionPlan plan) {
		LocalDate target = plan.targetDate();
		Object[] values = { plan.form(), target == null ? null : Date.valueOf(target), JSON.writeValueAsString(plan.done()),
				plan.structures().isEmpty() ? null : JSON.writeValueAsString(plan.structures()),
				Timestamp.from(clock.instant()), plan.token() };
		int updated = jdbc.sql("UPDATE action_plan SET form_key = ?, target_date = ?, done_steps = ?, structures = ?, "
				+ "updated_at = ? WHERE journey_token = ?")
			.params(values)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO action_plan (form_key, target_date, done_steps, structures, updated_at, journey_token) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(values)
				.update();
		}
	}

	/** A deleted journey's plan and structures go with it, in the transaction that deletes it. */
	@EventListener
	void forget(JourneysDeleted deleted) {
		if (!deleted.tokens().isEmpty()) {
			jdbc.sql("DELETE FROM action_plan WHERE journey_token IN (:tokens)").param("tokens", deleted.tokens()).update();
		}
	}
}
