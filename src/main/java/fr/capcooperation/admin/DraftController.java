package fr.capcooperation.admin;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.capcooperation.admin.DraftService.Draft;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogService;

/**
 * The draft: every item by kind with the reference scenarios' state, one edit form per item
 * (structured condition editor, Markdown texts), and publication.
 */
@Controller
class DraftController {

	static final String NEW = "nouveau";

	private final DraftService drafts;
	private final ItemEditor editor;
	private final CatalogService catalogs;
	private final AuditLog audit;

	DraftController(DraftService drafts, ItemEditor editor, CatalogService catalogs, AuditLog audit) {
		this.drafts = drafts;
		this.editor = editor;
		this.catalogs = catalogs;
		this.audit = audit;
	}

	/** A line of the draft overview. */
	public record ItemLine(String key, String title) {
	}

	@GetMapping("/admin/brouillon")
	String overview(Model model) {
		Draft draft = drafts.draft();
		Map<ItemType, List<ItemLine>> items = new LinkedHashMap<>();
		for (ItemType type : ItemType.values()) {
			List<ItemLine> lines = new ArrayList<>();
			for (Record item : type.items(draft.content())) {
				lines.add(new ItemLine(ItemType.keyOf(item), ItemType.titleOf(item)));
			}
			items.put(type, lines);
		}
		model.addAttribute("draft", draft);
		model.addAttribute("items", items);
		model.addAttribute("current", catalogs.current());
		model.addAttribute("changed", drafts.hasChanges());
		model.addAttribute("scenarios", DraftService.scenarios(drafts.draftCatalog()));
		return "admin/draft";
	}

	@GetMapping("/admin/brouillon/{slug}/{key}")
	String edit(@PathVariable String slug, @PathVariable String key, Model model) {
		ItemType type = type(slug);
		Draft draft = drafts.draft();
		ItemForm form;
		if (NEW.equals(key)) {
			if (!type.creatable) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			form = editor.blank(type);
		}
		else {
			form = editor.load(type, type.find(draft.content(), key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
			if (type == ItemType.QUESTION) {
				form.getValues().put("position", Integer.toString(draft.content().questions().stream().map(Question::key).toList().indexOf(key) + 1));
			}
		}
		return render(model, form, draft.content(), null);
	}

	@PostMapping("/admin/brouillon/{slug}/{key}")
	String save(@PathVariable String slug, @PathVariable String key, @RequestParam(defaultValue = "save") String action,
			HttpServletRequest request, HttpServletResponse response, Principal principal, Model model,
			RedirectAttributes redirect) {
		ItemType type = type(slug);
		boolean isNew = NEW.equals(key);
		if (isNew && !type.creatable) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ItemForm form = editor.read(type, isNew ? null : key, request.getParameterMap());
		Draft draft = drafts.draft();
		Record existing = isNew ? null : type.find(draft.content(), key).orElse(null);
		if (!isNew && existing == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (existing != null) {
			editor.keepFixed(form, existing);
		}
		if (!"save".equals(action)) {
			// A button of the condition editor: change the tree, show the form again, save nothing.
			form.getConditions().values().forEach(node -> node.apply(action));
			return render(model, form, draft.content(), null);
		}
		Catalog draftCatalog = drafts.draftCatalog();
		Optional<Record> built = editor.build(form, draft.content(), draftCatalog, existing);
		if (built.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(model, form, draft.content(), null);
		}
		Integer position = null;
		if (type == ItemType.QUESTION && !form.value("position").isBlank()) {
			position = Integer.parseInt(form.value("position").strip()) - 1;
		}
		DraftService.SaveResult result = drafts.save(type, isNew ? null : key, form.getFingerprint(), built.get(), position,
				principal.getName());
		if (!result.problems().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			if (isNew && type.find(drafts.draft().content(), ItemType.keyOf(built.get())).isPresent()) {
				form.getErrors().put(ItemForm.id("key"), result.problems().get(0));
			}
			else {
				form.getErrors().put("f-general", editor.message("admin.edit.error.inconsistent", String.join(" ; ", result.problems())));
			}
			return render(model, form, draft.content(), null);
		}
		if (!result.saved()) {
			// Someone changed this item since it was loaded: show both, keep what was typed.
			response.setStatus(HttpStatus.CONFLICT.value());
			Record theirs = result.current();
			if (theirs == null) {
				form.getErrors().put("f-general", editor.message("admin.edit.error.gone"));
				return render(model, form, draft.content(), null);
			}
			form.setFingerprint(editor.fingerprint(theirs));
			model.addAttribute("theirs", editor.display(theirs));
			model.addAttribute("yours", editor.display(built.get()));
			model.addAttribute("theirEdit", audit.latest(AuditLog.Action.DRAFT_EDITED, slug + "/" + key).orElse(null));
			return render(model, form, draft.content(), theirs);
		}
		redirect.addFlashAttribute("notice", "admin.edit.saved");
		return "redirect:/admin/brouillon/" + slug + "/" + ItemType.keyOf(built.get());
	}

	@PostMapping("/admin/brouillon/{slug}/{key}/supprimer")
	String delete(@PathVariable String slug, @PathVariable String key, @RequestParam(defaultValue = "") String fingerprint,
			Principal principal, RedirectAttributes redirect) {
		ItemType type = type(slug);
		if (!type.creatable) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		DraftService.SaveResult result = drafts.delete(type, key, fingerprint, principal.getName());
		if (!result.saved()) {
			redirect.addFlashAttribute("notice", result.problems().isEmpty() ? "admin.edit.deleteConflict" : "admin.edit.deleteRefused");
			redirect.addFlashAttribute("problems", result.problems());
			return "redirect:/admin/brouillon/" + slug + "/" + key;
		}
		redirect.addFlashAttribute("notice", "admin.edit.deleted");
		return "redirect:/admin/brouillon";
	}

	@PostMapping("/admin/publier")
	String publish(@RequestParam(defaultValue = "") String note, Principal principal, RedirectAttributes redirect) {
		DraftService.PublishResult result;
		try {
			result = drafts.publish(note.strip(), principal.getName());
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance took this version number at the same moment: nothing was written.
			redirect.addFlashAttribute("notice", "admin.publish.race");
			return "redirect:/admin/brouillon";
		}
		if (result.version() == null) {
			redirect.addFlashAttribute("notice", "admin.publish.refused");
			redirect.addFlashAttribute("failures", result.failures());
			redirect.addFlashAttribute("problems", result.problems());
			return "redirect:/admin/brouillon";
		}
		catalogs.refresh();
		redirect.addFlashAttribute("notice", "admin.publish.done");
		redirect.addFlashAttribute("publishedVersion", result.version());
		return "redirect:/admin/brouillon";
	}

	private String render(Model model, ItemForm form, CatalogContent draft, @Nullable Record theirs) {
		model.addAttribute("form", form);
		model.addAttribute("type", form.getType());
		model.addAttribute("fields", editor.fields(form.getType()));
		model.addAttribute("choices", editor.choices(form.getType(), draft));
		model.addAttribute("errors", form.getErrors());
		model.addAttribute("questions", draft.questions());
		Map<String, Question> byKey = new LinkedHashMap<>();
		draft.questions().forEach(question -> byKey.put(question.key(), question));
		model.addAttribute("questionsByKey", byKey);
		model.addAttribute("conditionOps", ConditionNode.OPS);
		model.addAttribute("conflict", theirs != null);
		List<DraftService.ScenarioResult> scenarios = DraftService.scenarios(drafts.draftCatalog());
		model.addAttribute("scenarioCount", scenarios.size());
		model.addAttribute("scenarioFailures", scenarios.stream().filter(result -> !result.passed()).toList());
		return "admin/edit";
	}

	private static ItemType type(String slug) {
		return ItemType.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
