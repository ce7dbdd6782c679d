package fr.capcooperation.presentation;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.FormFamily;
import fr.capcooperation.catalog.CatalogService;

/**
 * The projected deck: one page per slide (its own URL, so that a trainer can jump back to it),
 * "Précédent" / "Suivant" links that work without JavaScript, the QR codes and the handout.
 */
@Controller
class DeckController {

	private final CatalogService catalogs;
	private final DeckBuilder builder;
	private final PublicAddress address;
	private volatile @Nullable Deck cached;

	DeckController(CatalogService catalogs, DeckBuilder builder, PublicAddress address) {
		this.catalogs = catalogs;
		this.builder = builder;
		this.address = address;
	}

	private Deck deck(Catalog catalog) {
		Deck deck = cached;
		if (deck == null || deck.catalogueVersion() != catalog.version()) {
			deck = builder.build(catalog);
			cached = deck;
		}
		return deck;
	}

	@GetMapping("/presentation")
	String first(Model model) {
		Catalog catalog = catalogs.current();
		return render(catalog, deck(catalog).first(), model);
	}

	@GetMapping("/presentation/{slug}")
	String slide(@PathVariable String slug, Model model) {
		Catalog catalog = catalogs.current();
		return render(catalog, deck(catalog).find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				model);
	}

	@GetMapping("/presentation/plan")
	String plan(Model model) {
		Catalog catalog = catalogs.current();
		model.addAttribute("deck", deck(catalog));
		return "presentation/plan";
	}

	@GetMapping("/presentation/handout")
	String handout(Model model) {
		Catalog catalog = catalogs.current();
		model.addAttribute("catalog", catalog);
		model.addAttribute("families", families(catalog));
		model.addAttribute("questionnaireUrl", PublicAddress.shortForm(address.questionnaire()));
		return "presentation/handout";
	}

	@GetMapping(path = "/presentation/qr/questionnaire.svg", produces = "image/svg+xml")
	ResponseEntity<String> questionnaireQrCode() {
		return svg(address.questionnaire());
	}

	static ResponseEntity<String> svg(String url) {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES))
			.body(QrCode.svg(url));
	}

	private String render(Catalog catalog, Slide slide, Model model) {
		Deck deck = deck(catalog);
		model.addAttribute("deck", deck);
		model.addAttribute("slide", slide);
		model.addAttribute("previous", deck.before(slide).orElse(null));
		model.addAttribute("next", deck.after(slide).orElse(null));
		model.addAttribute("families", families(catalog));
		model.addAttribute("steps", steps(catalog));
		model.addAttribute("questionnaireUrl", PublicAddress.shortForm(address.questionnaire()));
		return "presentation/slide";
	}

	/** Each form's step on the graduated path, by the ladder question's label for it (a form without one: none). */
	private static Map<String, String> steps(Catalog catalog) {
		Map<String, String> steps = new HashMap<>();
		catalog.graduatedPath().ifPresent(path -> catalog.forms().forEach(form -> {
			String step = form.step();
			if (step != null) {
				steps.put(form.key(), catalog.optionLabel(path.ladderQuestion(), step));
			}
		}));
		return steps;
	}

	private static Map<String, String> families(Catalog catalog) {
		return catalog.families().stream().collect(Collectors.toMap(FormFamily::key, FormFamily::name));
	}

}
