package fr.capcooperation.admin;

import java.beans.PropertyEditorSupport;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.capcooperation.admin.DraftService.Draft;
import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogContent.Question;

/**
 * One item of the draft: its edit form (the kind's form class, bound and checked by Spring,
 * with the structured condition editor), saving it (refused with both versions shown when
 * somebody saved it meanwhile), and removing it while nothing refers to it.
 */
@Controller
@RequestMapping("/admin/brouillon/{slug}/{key}")
class ItemEditController {

	static final String NEW = "nouveau";

	private final DraftService drafts;
	private final ItemTexts texts;
	private final AuditLog audit;
	private final MessageSource messages;

	ItemEditController(DraftService drafts, ItemTexts texts, AuditLog audit, MessageSource messages) {
		this.drafts = drafts;
		this.texts = texts;
		this.audit = audit;
		this.messages = messages;
	}

	/** The form of the item, as it is in the draft (or empty for a new one): what the request then binds onto. */
	@ModelAttribute("form")
	ItemForm<?> form(@PathVariable String slug, @PathVariable String key) {
		ItemType type = type(slug);
		if (NEW.equals(key)) {
			if (!type.isCreatable()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			return type.blankForm();
		}
		CatalogContent draft = drafts.draft().content();
		Record item = type.find(draft, key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ItemForm<?> form = type.form(item, texts.fingerprint(item));
		if (form instanceof QuestionForm question) {
			question.positionOf((Question) item, draft.questions());
		}
		return form;
	}

	/**
	 * Only the form's own fields are bound; a key or a question type once created never is. A
	 * browser sends a text area's lines ended by CR LF: they are stored as the content has them
	 * (LF), so that saving an item without touching a text does not change it.
	 */
	@InitBinder("form")
	void bind(WebDataBinder binder) {
		if (binder.getTarget() instanceof ItemForm<?> form) {
			binder.initDirectFieldAccess();
			binder.setAllowedFields(form.boundFields());
			binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
				@Override
				public void setAsText(@Nullable String text) {
					setValue(text == null ? null : text.replace("\r\n", "\n"));
				}
			});
		}
	}

	@GetMapping
	String edit(@ModelAttribute("form") ItemForm<?> form, Model model) {
		return render(model, form, drafts.draft().content(), null);
	}

	@PostMapping
	String save(@PathVariable String slug, @PathVariable String key,
			@RequestParam(name = "action", required = false) @Nullable String button,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@Valid @ModelAttribute("form") ItemForm<?> form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Principal principal, Model model, RedirectAttributes redirect) {
		ItemType type = form.getItemType();
		Draft draft = drafts.draft();
		form.readStructured(request.getParameterMap());
		// a choice changed in the condition editor (htmx, in place) names no button: redraw, never save
		String action = button != null ? button : htmx != null ? "refresh" : "save";
		if (!"save".equals(action)) {
			// A button of the condition editor: change the tree, show the form again, save nothing.
			form.getConditions().values().forEach(node -> node.apply(action));
			return render(model, form, draft.content(), null);
		}
		form.check(new EditContext(draft.content(), drafts.draftCatalog(), texts), result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(model, form, draft.content(), result);
		}
		Record item = form.toItem();
		Integer position = form instanceof QuestionForm question ? question.positionIndex() : null;
		DraftService.SaveResult saved = drafts.save(type, form.isNew() ? null : key, form.getFingerprint(), item,
				position, principal.getName());
		if (!saved.problems().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			if (form.isNew() && type.find(drafts.draft().content(), ItemType.keyOf(item)).isPresent()) {
				form.getErrors().put(ItemForm.id("key"), saved.problems().get(0));
			}
			else {
				form.getErrors()
					.put("f-general", texts.message("admin.edit.error.inconsistent", String.join(" ; ", saved.problems())));
			}
			return render(model, form, draft.content(), null);
		}
		if (!saved.saved()) {
			// Someone changed this item since it was loaded: show both, keep what was typed.
			response.setStatus(HttpStatus.CONFLICT.value());
			Record theirs = saved.current();
			if (theirs == null) {
				form.getErrors().put("f-general", texts.message("admin.edit.error.gone"));
				return render(model, form, draft.content(), null);
			}
			form.setFingerprint(texts.fingerprint(theirs));
			Map<String, String> theirText = texts.display(theirs, draft.content());
			Map<String, String> yourText = texts.display(item, draft.content());
			Map<String, WordDiff> words = new LinkedHashMap<>();
			theirText.forEach((field, text) -> words.put(field, WordDiff.of(text, yourText.getOrDefault(field, ""))));
			model.addAttribute("theirs", theirText);
			model.addAttribute("yours", yourText);
			model.addAttribute("conflictWords", words);
			model.addAttribute("theirEdit", audit.latest(AuditLog.Action.DRAFT_EDITED, slug + "/" + key).orElse(null));
			model.addAttribute("conflict", true);
			return render(model, form, draft.content(), null);
		}
		redirect.addFlashAttribute("notice", "admin.edit.saved");
		return "redirect:/admin/brouillon/" + slug + "/" + ItemType.keyOf(item);
	}

	@PostMapping("/supprimer")
	String delete(@PathVariable String slug, @PathVariable String key, @RequestParam(defaultValue = "") String fingerprint,
			Principal principal, RedirectAttributes redirect) {
		ItemType type = type(slug);
		if (!type.isCreatable()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		DraftService.SaveResult result = drafts.delete(type, key, fingerprint, principal.getName());
		if (!result.saved()) {
			redirect.addFlashAttribute("notice",
					result.problems().isEmpty() ? "admin.edit.deleteConflict" : "admin.edit.deleteRefused");
			redirect.addFlashAttribute("problems", result.problems());
			return "redirect:/admin/brouillon/" + slug + "/" + key;
		}
		redirect.addFlashAttribute("notice", "admin.edit.deleted");
		return "redirect:/admin/brouillon";
	}

	private String render(Model model, ItemForm<?> form, CatalogContent draft, @Nullable BindingResult result) {
		if (result != null) {
			// the binding's errors, in French, by element id, next to their fields
			for (FieldError error : result.getFieldErrors()) {
				form.getErrors().putIfAbsent(ItemForm.id(error.getField()), messages.getMessage(error, Locale.FRANCE));
			}
		}
		form.getConditions().values().forEach(node -> node.sayCuts(form.getErrors(), (code, args) -> texts.message(code, args)));
		ItemType type = form.getItemType();
		EditContext context = new EditContext(draft, null, texts);
		Map<String, Map<String, String>> choices = new LinkedHashMap<>();
		Map<String, Map<String, String>> keyChoices = new LinkedHashMap<>();
		for (ItemForm.Field field : form.fields()) {
			if (field.kind() == ItemForm.Kind.SELECT) {
				choices.put(field.name(), context.choices(type, field.name()));
			}
			if (field.kind() == ItemForm.Kind.LINES && context.knownKeys(field.name()) != null) {
				keyChoices.put(field.name(), context.keyNames(field.name()));
			}
		}
		model.addAttribute("keyChoices", keyChoices);
		model.addAttribute("title", form.isNew() ? null
				: type.find(draft, form.getKey()).map(item -> texts.title(item, draft)).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("type", type);
		model.addAttribute("editAction", "/admin/brouillon/" + type.slug + "/" + (form.isNew() ? NEW : form.getKey()));
		model.addAttribute("fields", form.fields());
		model.addAttribute("choices", choices);
		model.addAttribute("errors", form.getErrors());
		model.addAttribute("questions", draft.questions());
		Map<String, Question> byKey = new LinkedHashMap<>();
		draft.questions().forEach(question -> byKey.put(question.key(), question));
		model.addAttribute("questionsByKey", byKey);
		model.addAttribute("conditionOps", ConditionNode.OPS);
		if (!model.containsAttribute("conflict")) {
			model.addAttribute("conflict", false);
		}
		List<ScenarioLine> scenarios = ScenarioLine.of(DraftService.scenarios(drafts.draftCatalog()), draft, texts);
		model.addAttribute("scenarioCount", scenarios.size());
		model.addAttribute("scenarioFailures", scenarios.stream().filter(scenario -> !scenario.passed()).toList());
		return "admin/edit";
	}

	private static ItemType type(String slug) {
		return ItemType.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
