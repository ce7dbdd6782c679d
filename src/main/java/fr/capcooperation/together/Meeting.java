package fr.capcooperation.together;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.together.SynthesisView.Discussion;
import fr.capcooperation.together.SynthesisView.PrerequisiteLine;
import fr.capcooperation.together.SynthesisView.VariantLine;

/**
 * The meeting mode: the synthesis as projected screens, one idea at a time. An opening screen
 * (partners, how many answered, the shared recommendation), then one divergence at a time in
 * the order of the questions to discuss first, then the prerequisites that are not ready for
 * everyone, then a closing screen. A screen never scrolls: a question with many answers, or many
 * weak prerequisites, continues on the next screen.
 */
record Meeting(List<Screen> screens) {

	/** The most answers of one question a screen shows side by side. */
	static final int VARIANTS_PER_SCREEN = 3;

	/** The most prerequisites a screen lists. */
	static final int PREREQUISITES_PER_SCREEN = 4;

	Meeting {
		screens = List.copyOf(screens);
	}

	enum Kind {
		OPENING, DISCUSSION, PREREQUISITES, CLOSING
	}

	/**
	 * One screen, numbered from 1. A discussion screen holds its question ({@code discussion},
	 * {@code discussionNumber} from 1) and a part of its answers, the first being answer
	 * {@code firstVariant} (from 1); {@code part} of {@code parts} when they take several screens.
	 */
	record Screen(int number, Kind kind, @Nullable Discussion discussion, int discussionNumber, List<VariantLine> variants,
			int firstVariant, List<PrerequisiteLine> prerequisites, int part, int parts) {

		Screen {
			variants = List.copyOf(variants);
			prerequisites = List.copyOf(prerequisites);
		}

		public boolean continued() {
			return parts > 1;
		}
	}

	static Meeting of(SynthesisView view) {
		List<Screen> screens = new ArrayList<>();
		screens.add(new Screen(1, Kind.OPENING, null, 0, List.of(), 0, List.of(), 1, 1));
		if (view.answeredCount() > 0) {
			int discussionNumber = 0;
			for (Discussion discussion : view.toDiscuss()) {
				discussionNumber++;
				List<List<VariantLine>> parts = parts(discussion.variants(), VARIANTS_PER_SCREEN);
				for (int part = 0; part < parts.size(); part++) {
					screens.add(new Screen(screens.size() + 1, Kind.DISCUSSION, discussion, discussionNumber, parts.get(part),
							part * VARIANTS_PER_SCREEN + 1, List.of(), part + 1, parts.size()));
				}
			}
			List<PrerequisiteLine> notReady = view.prerequisites()
				.stream()
				.filter(line -> line.weak() || line.toConsolidate())
				.sorted((a, b) -> Boolean.compare(b.weak(), a.weak())) // the weak ones first, then the checklist's order
				.toList();
			List<List<PrerequisiteLine>> parts = parts(notReady, PREREQUISITES_PER_SCREEN);
			for (int part = 0; part < parts.size(); part++) {
				screens.add(new Screen(screens.size() + 1, Kind.PREREQUISITES, null, 0, List.of(), 0, parts.get(part), part + 1,
						parts.size()));
			}
		}
		screens.add(new Screen(screens.size() + 1, Kind.CLOSING, null, 0, List.of(), 0, List.of(), 1, 1));
		return new Meeting(screens);
	}

	/** Cut in parts of at most {@code size}; an empty list is one empty part (a screen that says there is nothing). */
	private static <T> List<List<T>> parts(List<T> items, int size) {
		List<List<T>> parts = new ArrayList<>();
		for (int from = 0; from < items.size(); from += size) {
			parts.add(items.subList(from, Math.min(items.size(), from + size)));
		}
		if (parts.isEmpty()) {
			parts.add(List.of());
		}
		return parts;
	}

	public int size() {
		return screens.size();
	}

	/** Screen {@code number}, from 1; a number out of range gives the nearest screen. */
	public Screen screen(int number) {
		return screens.get(Math.max(1, Math.min(number, screens.size())) - 1);
	}
}
