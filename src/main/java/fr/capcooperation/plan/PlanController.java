package fr.capcooperation.plan;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advice.FormAdvice;
import fr.capcooperation.advice.Advice.ReadinessLine;
import fr.capcooperation.catalog.CatalogContent.Consequence;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.DocumentModel;
import fr.capcooperation.catalog.CatalogContent.ReadinessStep;
import fr.capcooperation.catalog.PlanContent;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.Journeys;

/**
 * « Mon plan d'action » under the journey's link: the roadmap of the recommended form (or of
 * another possible one) as a checklist with its calendar, the consequences and contacts, the
 * draft documents, « Vos structures », and the calendar as an iCalendar file.
 */
@Controller
class PlanController {

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private final Journeys journeys;
	private final PlanAdvice advisor;
	private final ActionPlans plans;
	private final DraftDocuments documents;
	private final CalendarExport calendars;
	private final PlanPdfs pdfs;
	private final MessageSource messages;
	private final Clock clock;

	PlanController(Journeys journeys, PlanAdvice advisor, ActionPlans plans, DraftDocuments documents,
			CalendarExport calendars, PlanPdfs pdfs, MessageSource messages, Clock clock) {
		this.journeys = journeys;
		this.advisor = advisor;
		this.plans = plans;
		this.documents = documents;
		this.calendars = calendars;
		this.pdfs = pdfs;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.setAutoGrowCollectionLimit(16);
	}

	/** What a plan page needs: the finished journey, its advice, the forms to choose from, the plan. */
	private record Context(Journey journey, Advice advice, List<CooperationForm> choices, ActionPlan plan) {

		PlanContent content() {
			return journey.catalog().plan();
		}

		CooperationForm form() {
			return journey.catalog().form(plan.form()).orElseThrow();
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FRANCE));
	}

	/** Empty when the journey is not finished (the caller sends the person back to the questionnaire). */
	private Optional<Context> context(String token) {
		Journey journey = journeys.open(token).orElseThrow(UnknownPlanException::new);
		if (!journey.isComplete()) {
			return Optional.empty();
		}
		Advice advice = advisor.of(journey);
		PlanContent content = journey.catalog().plan();
		Set<CooperationForm> choices = new LinkedHashSet<>();
		for (List<FormAdvice> group : List.of(advice.recommended(), advice.possible())) {
			group.stream().map(FormAdvice::form).filter(form -> content.roadmap(form.key()).isPresent()).forEach(choices::add);
		}
		List<CooperationForm> options = List.copyOf(choices);
		Optional<ActionPlan> saved = plans.find(token);
		String form = saved.map(ActionPlan::form)
			.filter(key -> options.stream().anyMatch(option -> option.key().equals(key)))
			.orElse(options.isEmpty() ? "" : options.get(0).key());
		ActionPlan plan = saved.map(existing -> existing.withForm(form)).orElse(ActionPlan.empty(token, form));
		return Optional.of(new Context(journey, advice, options, plan));
	}

	private static String back(String token) {
		return "redirect:/questionnaire/" + token;
	}

	@GetMapping("/questionnaire/{token}/plan")
	String plan(@PathVariable String token, @RequestParam(name = "enregistre", required = false) @Nullable String saved,
			Model model, HttpServletResponse response) {
		Optional<Context> context = context(token);
		if (context.isEmpty()) {
			return back(token);
		}
		privatePage(response);
		return page(context.get(), PlanForm.of(context.get().plan()), Map.of(), saved != null, model);
	}

	@PostMapping("/questionnaire/{token}/plan")
	String save(@PathVariable String token, @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		Optional<Context> found = context(token);
		if (found.isEmpty()) {
			return back(token);
		}
		Context context = found.get();
		LocalDate date = form.check(today(), result);
		if (result.hasErrors() || context.choices().isEmpty()) {
			response.setStatus(400);
			privatePage(response);
			return page(context, form, errors(result), false, model);
		}
		Set<String> known = new LinkedHashSet<>();
		PlanCalendar.of(context.content().steps(context.plan().form()), preparatory(context), null, today())
			.steps()
			.forEach(step -> known.add(step.key()));
		// Steps ticked under another form are kept: switching back finds them ticked.
		Set<String> done = new LinkedHashSet<>(context.plan().done());
		done.removeAll(known);
		form.done.stream().filter(known::contains).forEach(done::add);
		plans.save(context.plan().withTarget(date).withDone(done));
		return "redirect:/questionnaire/" + token + "/plan?enregistre#calendrier";
	}

	@PostMapping("/questionnaire/{token}/plan/forme")
	String choose(@PathVariable String token, @RequestParam(name = "forme", defaultValue = "") String formKey) {
		Optional<Context> found = context(token);
		if (found.isEmpty()) {
			return back(token);
		}
		Context context = found.get();
		if (context.choices().stream().anyMatch(option -> option.key().equals(formKey))) {
			plans.save(context.plan().withForm(formKey));
		}
		return "redirect:/questionnaire/" + token + "/plan";
	}

	@GetMapping("/questionnaire/{token}/plan/calendrier.ics")
	ResponseEntity<byte[]> ics(@PathVariable String token) {
		Optional<Context> found = context(token);
		if (found.isEmpty() || found.get().choices().isEmpty()) {
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/questionnaire/" + token + "/plan").build();
		}
		Context context = found.get();
		String body = calendars.ics(token, context.form().name(), calendar(context));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("plan-d-action-" + context.form().key().replace('_', '-') + ".ics")
						.build()
						.toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	/** « Télécharger le plan (PDF) »: the plan as saved, to print or to send. */
	@GetMapping("/questionnaire/{token}/plan/pdf")
	ResponseEntity<byte[]> planPdf(@PathVariable String token) {
		Optional<Context> found = context(token);
		if (found.isEmpty()) {
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/questionnaire/" + token).build();
		}
		if (found.get().choices().isEmpty()) {
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/questionnaire/" + token + "/plan").build();
		}
		Context context = found.get();
		LocalDate today = today();
		return pdf(pdfs.plan(context.journey(), view(context, context.plan().done()), today),
				PlanPdfs.fileName("plan-d-action", today));
	}

	/** « Dossier pour votre accompagnateur »: one page to bring to a DLA or a federation. */
	@GetMapping("/questionnaire/{token}/plan/dossier")
	ResponseEntity<byte[]> adviserFile(@PathVariable String token) {
		Optional<Context> found = context(token);
		if (found.isEmpty()) {
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/questionnaire/" + token).build();
		}
		Context context = found.get();
		boolean planned = plans.find(token).isPresent() && !context.choices().isEmpty();
		LocalDate today = today();
		return pdf(pdfs.adviserFile(context.journey(), context.advice(),
				planned ? view(context, context.plan().done()) : null, context.plan().structures(), today),
				PlanPdfs.fileName("dossier-accompagnateur", today));
	}

	private static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	@GetMapping("/questionnaire/{token}/plan/documents/{key}")
	ResponseEntity<byte[]> document(@PathVariable String token, @PathVariable String key) {
		Optional<Context> found = context(token);
		if (found.isEmpty()) {
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/questionnaire/" + token).build();
		}
		Context context = found.get();
		DocumentModel model = context.content().model(key).orElseThrow(UnknownPlanException::new);
		LocalDate today = today();
		byte[] body = documents.docx(model,
				DraftDocuments.values(context.plan().structures(), context.plan().targetDate(), today, context.form().name()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(DraftDocuments.fileName(model, today)).build().toString())
			.body(body);
	}

	@GetMapping("/questionnaire/{token}/plan/structures")
	String structures(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<Context> found = context(token);
		if (found.isEmpty()) {
			return back(token);
		}
		privatePage(response);
		return structuresPage(found.get(), StructuresForm.of(found.get().plan().structures()), Map.of(), model);
	}

	@PostMapping("/questionnaire/{token}/plan/structures")
	String saveStructures(@PathVariable String token, @ModelAttribute("structuresForm") StructuresForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		Optional<Context> found = context(token);
		if (found.isEmpty()) {
			return back(token);
		}
		List<Structure> typed = form.check(result);
		if (result.hasErrors()) {
			response.setStatus(400);
			privatePage(response);
			return structuresPage(found.get(), form, errors(result), model);
		}
		plans.save(found.get().plan().withStructures(typed));
		return "redirect:/questionnaire/" + token + "/plan?enregistre#documents";
	}

	private String structuresPage(Context context, StructuresForm form, Map<String, String> errors, Model model) {
		form.fill();
		model.addAttribute("journey", context.journey());
		model.addAttribute("rows", form.structures.stream().map(StructuresForm.Row::values).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("summary", summary(errors));
		return "plan/structures";
	}

	private String page(Context context, PlanForm form, Map<String, String> errors, boolean saved, Model model) {
		model.addAttribute("journey", context.journey());
		model.addAttribute("advice", context.advice());
		model.addAttribute("choices", context.choices());
		model.addAttribute("errors", errors);
		model.addAttribute("summary", summary(errors));
		model.addAttribute("saved", saved);
		model.addAttribute("targetDate", form.targetDate == null ? "" : form.targetDate);
		model.addAttribute("done", new LinkedHashSet<>(form.done));
		if (context.choices().isEmpty()) {
			return "plan/plan";
		}
		PlanView view = view(context, new LinkedHashSet<>(form.done));
		model.addAttribute("form", view.form());
		model.addAttribute("roadmap", view.roadmap());
		model.addAttribute("calendar", view.calendar());
		model.addAttribute("doneCount", view.doneCount());
		model.addAttribute("consequencesByDomain", view.consequencesByDomain());
		model.addAttribute("contacts", view.contacts());
		model.addAttribute("models", view.models());
		model.addAttribute("modelsByKey", view.modelsByKey());
		model.addAttribute("structures", view.structures());
		model.addAttribute("structureNames", String.join(", ", view.structures().stream().map(Structure::name).toList()));
		model.addAttribute("today", today());
		return "plan/plan";
	}

	/** The plan of a journey whose advice leaves at least one form with a roadmap, with these steps ticked. */
	private PlanView view(Context context, Set<String> done) {
		CooperationForm cooperationForm = context.form();
		PlanContent content = context.content();
		Map<String, List<Consequence>> byDomain = new LinkedHashMap<>();
		for (Consequence consequence : content.consequences(cooperationForm.key(), context.journey().answers())) {
			byDomain.computeIfAbsent(consequence.domain(), domain -> new ArrayList<>()).add(consequence);
		}
		List<DocumentModel> models = content.models(cooperationForm.key());
		Map<String, DocumentModel> modelsByKey = new LinkedHashMap<>();
		models.forEach(documentModel -> modelsByKey.put(documentModel.key(), documentModel));
		for (String key : content.steps(cooperationForm.key()).stream().flatMap(step -> step.models().stream()).toList()) {
			content.model(key).ifPresent(documentModel -> modelsByKey.putIfAbsent(key, documentModel));
		}
		return new PlanView(cooperationForm, content.roadmap(cooperationForm.key()).orElseThrow(), calendar(context),
				Set.copyOf(done), byDomain, content.contacts(cooperationForm.key(), context.journey().answers()), models,
				modelsByKey, context.plan().structures());
	}

	private PlanCalendar.Calendar calendar(Context context) {
		return PlanCalendar.of(context.content().steps(context.plan().form()), preparatory(context),
				context.plan().targetDate(), today());
	}

	/** The preparatory steps of the readiness lines not answered « Oui » (P8), in the checklist's order. */
	private static List<ReadinessStep> preparatory(Context context) {
		List<ReadinessStep> steps = new ArrayList<>();
		for (ReadinessLine line : context.advice().readiness().weak()) {
			context.content().readinessStep(line.prerequisite().key()).ifPresent(steps::add);
		}
		return steps;
	}

	private Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), messages.getMessage(error, Locale.FRANCE));
		}
		return errors;
	}

	/** The error summary's links: each error's field id. */
	private static List<Map.Entry<String, String>> summary(Map<String, String> errors) {
		return errors.entrySet().stream().map(error -> Map.entry(fieldId(error.getKey()), error.getValue())).toList();
	}

	static String fieldId(String field) {
		return "p-" + field.replace('[', '-').replace("].", "-").replace('.', '-');
	}

	private static void privatePage(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
	}
}
