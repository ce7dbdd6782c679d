package fr.capcooperation.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.capcooperation.advice.Advisor;
import fr.capcooperation.answers.AnswerError;
import fr.capcooperation.answers.AnswerFields;
import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.answers.QuestionnaireFlow;
import fr.capcooperation.answers.ReadAnswer;
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
	private final ItemTexts editor;
	private final MessageSource messages;

	PreviewController(DraftService drafts, Advisor advisor, ItemTexts editor, MessageSource messages) {
		this.drafts = drafts;
		this.advisor = advisor;
		this.editor = editor;
		this.messages = messages;
	}

	@GetMapping("/admin/apercu")
	String form(@RequestParam(name = "scenario", required = false) @Nullable String scenarioKey, Model model) {
		Catalog catalog = drafts.draftCatalog();
		Answers answers = Answers.empty();
		Optional<Scenario> scenario = catalog.content()
			.scenarios()
			.stream()
			.filter(candidate -> candidate.key().equals(scenarioKey))
			.findFirst();
		if (scenario.isPresent()) {
			answers = AnswerJson.read(catalog, scenario.get().answers()).answers();
			model.addAttribute("advice", advisor.advise(catalog, answers));
			model.addAttribute("scenario", scenario.get());
		}
		return render(model, new QuestionnaireFlow(catalog, answers), AnswerFields.values(answers), Map.of());
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
			if (!given(question, params)) {
				continue;
			}
			ReadAnswer read = AnswerFields.read(catalog, question, params);
			Answer answer = read.answer();
			if (answer != null && (read.valid() || question.type() == QuestionType.CHECKLIST)) {
				answers.put(question.key(), answer);
			}
			for (AnswerError error : read.errors()) {
				errors.put("q-" + error.field().replace('.', '-'),
						messages.getMessage(error.code(), error.args().toArray(), LocaleContextHolder.getLocale()));
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		Answers read = Answers.of(answers);
		model.addAttribute("advice", advisor.advise(catalog, read));
		return render(model, new QuestionnaireFlow(catalog, read), values, errors);
	}

	/** Whether the editor typed something for the question (a question left blank is unanswered). */
	private static boolean given(Question question, Map<String, String[]> params) {
		String prefix = question.key() + ".";
		return params.entrySet()
			.stream()
			.filter(entry -> question.type() == QuestionType.CHECKLIST ? entry.getKey().startsWith(prefix)
					: entry.getKey().equals(question.key()))
			.anyMatch(entry -> !String.join("", entry.getValue()).isBlank());
	}

	private String render(Model model, QuestionnaireFlow flow, Map<String, List<String>> values, Map<String, String> errors) {
		Catalog catalog = flow.catalog();
		model.addAttribute("catalog", catalog);
		// what respondents giving these answers would not see (their answers there do not count)
		model.addAttribute("hidden", catalog.questions()
			.stream()
			.map(Question::key)
			.filter(key -> !flow.isVisible(key))
			.collect(Collectors.toSet()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		Map<String, String> conditions = new LinkedHashMap<>();
		for (Question question : catalog.questions()) {
			if (question.displayCondition() != null) {
				conditions.put(question.key(), editor.conditionText(question.displayCondition(), catalog.content()));
			}
		}
		model.addAttribute("conditions", conditions);
		model.addAttribute("scenarios", catalog.content().scenarios());
		return "admin/preview";
	}
}
