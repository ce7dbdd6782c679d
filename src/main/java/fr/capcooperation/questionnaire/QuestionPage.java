package fr.capcooperation.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;

import fr.capcooperation.catalog.CatalogContent.Notion;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.QuestionType;

/** The model of one question page: the question, the values to show checked, the errors. */
final class QuestionPage {

	private QuestionPage() {
	}

	/** An error message tied to a field, and the id of the element it points to. */
	record FieldMessage(String field, String message) {

		/** The question of the field (a checklist's line is {@code readiness.<line>}). */
		String question() {
			int dot = field.indexOf('.');
			return dot < 0 ? field : field.substring(0, dot);
		}

		/** The id of the first input of the field, where the error summary links. */
		String anchor(Question question) {
			return FieldIds.first(question, field);
		}
	}

	static String render(Model model, Journey journey, Question question, Map<String, List<String>> values,
			List<FieldMessage> errors, boolean fromReview) {
		Map<String, String> errorsByField = new LinkedHashMap<>();
		errors.forEach(error -> errorsByField.putIfAbsent(error.field(), error.message()));
		List<Map.Entry<String, String>> summary = new ArrayList<>();
		errors.forEach(error -> summary.add(Map.entry(error.anchor(question), error.message())));
		List<Notion> notions = question.notions()
			.stream()
			.flatMap(key -> journey.catalog().notion(key).stream())
			.toList();
		model.addAttribute("journey", journey);
		model.addAttribute("catalog", journey.catalog());
		model.addAttribute("question", question);
		model.addAttribute("position", journey.flow().position(question.key()));
		model.addAttribute("total", journey.flow().visibleQuestions().size());
		model.addAttribute("values", values);
		model.addAttribute("errors", errorsByField);
		model.addAttribute("errorSummary", summary);
		model.addAttribute("notions", notions);
		model.addAttribute("fromReview", fromReview);
		model.addAttribute("hasPrevious", journey.flow().before(question.key()).isPresent());
		model.addAttribute("ids", new FieldIds());
		model.addAttribute("relevance", QuestionRelevance.of(journey.catalog(), question.key()));
		return "questionnaire/question";
	}

	/** The values as posted, so that what the person typed stays on the page. */
	static Map<String, List<String>> posted(Question question, HttpServletRequest request) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, posted) -> {
			if (name.equals(question.key()) || (question.type() == QuestionType.CHECKLIST
					&& name.startsWith(question.key() + "."))) {
				values.put(name, Arrays.stream(posted).map(value -> value.length() > 200 ? value.substring(0, 200) : value).toList());
			}
		});
		return values;
	}
}
