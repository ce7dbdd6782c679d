package fr.capcooperation.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Question;

/**
 * The spectrum of the deck, from partnership to merger, as the slide draws it (an SVG laid out
 * here, drawn by the template): the steps of the graduated path's ladder question, from the
 * lightest to the deepest, each with the forms whose step it is, in the catalogue's order. A
 * step with many forms gets several columns, so that none holds more than {@value #ROWS}.
 */
public record Spectrum(List<Step> steps, int height) {

	static final int WIDTH = 1200;
	static final int ROWS = 6;
	static final int GAP = 16;
	static final int TOP = 194;
	static final int PILL_HEIGHT = 42;
	static final int PILL_GAP = 10;
	/** About how wide a character of a step's label is, in the drawing's units. */
	private static final int CHARACTER = 11;

	/** The drawing's width, in its units. */
	public int width() {
		return WIDTH;
	}

	/** The height of a form's pill, in the drawing's units. */
	public int pillHeight() {
		return PILL_HEIGHT;
	}

	/** A step of the ladder: its label in lines short enough for its width, where it stands, its forms. */
	public record Step(String label, List<String> lines, int x, int width, List<Pill> forms) {
	}

	/** A form on the spectrum, where it is drawn. */
	public record Pill(String key, String name, int x, int y, int width) {
	}

	/** The spectrum of a catalogue; empty when it has no graduated path or no form has a step. */
	static Optional<Spectrum> of(Catalog catalog) {
		Optional<Question> ladder = catalog.graduatedPath().flatMap(path -> catalog.question(path.ladderQuestion()));
		if (ladder.isEmpty()) {
			return Optional.empty();
		}
		List<Option> steps = new ArrayList<>();
		List<List<CooperationForm>> forms = new ArrayList<>();
		int units = 0;
		for (Option option : ladder.get().options()) {
			List<CooperationForm> at = catalog.forms().stream().filter(form -> option.key().equals(form.step())).toList();
			if (!at.isEmpty()) {
				steps.add(option);
				forms.add(at);
				units += columns(at.size());
			}
		}
		if (steps.isEmpty()) {
			return Optional.empty();
		}
		int unit = (WIDTH - GAP * (units - 1)) / units;
		List<Step> drawn = new ArrayList<>();
		int x = 0;
		int tallest = 0;
		for (int i = 0; i < steps.size(); i++) {
			List<CooperationForm> at = forms.get(i);
			int columns = columns(at.size());
			int width = unit * columns + GAP * (columns - 1);
			int rows = (at.size() + columns - 1) / columns;
			int pillWidth = (width - GAP * (columns - 1)) / columns;
			List<Pill> pills = new ArrayList<>();
			for (int n = 0; n < at.size(); n++) {
				int column = n / rows;
				int row = n % rows;
				pills.add(new Pill(at.get(n).key(), at.get(n).shortName(), x + column * (pillWidth + GAP),
						TOP + row * (PILL_HEIGHT + PILL_GAP), pillWidth));
			}
			tallest = Math.max(tallest, rows);
			drawn.add(new Step(steps.get(i).label(), lines(steps.get(i).label(), width / CHARACTER), x, width, pills));
			x += width + GAP;
		}
		return Optional.of(new Spectrum(drawn, TOP + tallest * (PILL_HEIGHT + PILL_GAP)));
	}

	private static int columns(int forms) {
		return (forms + ROWS - 1) / ROWS;
	}

	/** A label cut between words into lines of at most {@code most} characters (a longer word stays whole). */
	static List<String> lines(String label, int most) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : label.split(" ")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > most) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() > 0 ? " " : "").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}
}
