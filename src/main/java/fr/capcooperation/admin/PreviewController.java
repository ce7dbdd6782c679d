package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.capcooperation.advice.Advisor;
import fr.capcooperation.advice.AnswerError;
import fr.capcooperation.advice.AnswerReader;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogContent.Scenario;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.QuestionType;

/**
 * "Prévisualiser": the questions and the result as respondents would get them from the draft,
 * for logged-in editors only; answers are typed in one form (or taken from a reference
 * scenario), nothing is stored.
 */
@Controller
class PreviewController {

	private final DraftService drafts;
	private final Advisor advisor;
	private final ItemEditor editor;
	private final MessageSource messages;

	PreviewController(DraftService drafts, Advisor advisor, ItemEditor editor, MessageSource messages) {
		this.drafts = drafts;
		this.advisor = advisor;
		this.editor = editor;
		this.messages = messages;
	}

	@GetMapping("/admin/apercu")
	String form(@RequestParam(name = "scenario", required = false) String scenarioKey, Model model) {
		Catalog catalog = drafts.draftCatalog();
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (scenarioKey != null) {
			catalog.content().scenarios().stream().filter(s -> s.key().equals(scenarioKey)).findFirst().ifPresent(scenario -> {
				values.putAll(values(scenario));
				Answers answers = AnswerReader.readJson(catalog, scenario.answers()).answers();
				model.addAttribute("advice", advisor.advise(catalog, answers));
				model.addAttribute("scenario", scenario);
			});
		}
		return render(model, catalog, values, Map.of());
	}

	@PostMapping("/admin/apercu")
	String preview(HttpServletRequest request, HttpServletResponse response, Model model) {
		Catalog catalog = drafts.draftCatalog();
		Map<String, String[]> params = request.getParameterMap();
		Map<String, Answer> answers = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, List<String>> values = new LinkedHashMap<>();
		params.forEach((name, given) -> values.put(name, List.of(given)));
		for (Question question : catalog.questions()) {
			boolean given = question.type() == QuestionType.CHECKLIST
					? params.keySet().stream().anyMatch(name -> name.startsWith(question.key() + ".") && !String.join("", params.get(name)).isBlank())
					: params.containsKey(question.key()) && !String.join("", params.get(question.key())).isBlank();
			if (!given) {
				continue;
			}
			AnswerReader.Result read = AnswerReader.readForm(catalog, question, params);
			if (read.answer() != null && (read.valid() || question.type() == QuestionType.CHECKLIST)) {
				answers.put(question.key(), read.answer());
			}
			for (AnswerError error : read.errors()) {
				errors.put("q-" + error.field().replace('.', '-'),
						messages.getMessage(error.code(), error.args().toArray(), LocaleContextHolder.getLocale()));
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(400);
		}
		model.addAttribute("advice", advisor.advise(catalog, Answers.of(answers)));
		return render(model, catalog, values, errors);
	}

	private String render(Model model, Catalog catalog, Map<String, List<String>> values, Map<String, String> errors) {
		model.addAttribute("catalog", catalog);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		Map<String, String> conditions = new LinkedHashMap<>();
		for (Question question : catalog.questions()) {
			if (question.displayCondition() != null) {
				conditions.put(question.key(), editor.conditionText(question.displayCondition()));
			}
		}
		model.addAttribute("conditions", conditions);
		model.addAttribute("scenarios", catalog.content().scenarios());
		return "admin/preview";
	}

	/** A scenario's answers as the form's values. */
	private static Map<String, List<String>> values(Scenario scenario) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		scenario.answers().forEach((key, value) -> {
			if (value instanceof Map<?, ?> levels) {
				levels.forEach((line, level) -> values.put(key + "." + line, List.of(String.valueOf(level))));
			}
			else if (value instanceof List<?> list) {
				List<String> options = new ArrayList<>();
				list.forEach(item -> options.add(String.valueOf(item)));
				values.put(key, options);
			}
			else {
				values.put(key, List.of(String.valueOf(value)));
			}
		});
		return values;
	}
}
