package fr.capcooperation.presentation;

import java.util.List;
import java.util.Optional;

/** The slides of one catalogue version, in order, numbered from 1. */
public record Deck(int catalogueVersion, List<Slide> slides) {

	public Deck {
		slides = List.copyOf(slides);
	}

	public int size() {
		return slides.size();
	}

	public Slide first() {
		return slides.get(0);
	}

	/** A slide by its slug, or by its number written as digits. */
	public Optional<Slide> find(String slugOrNumber) {
		if (slugOrNumber.matches("[0-9]{1,4}")) {
			int number = Integer.parseInt(slugOrNumber);
			return number >= 1 && number <= slides.size() ? Optional.of(slides.get(number - 1)) : Optional.empty();
		}
		return slides.stream().filter(slide -> slide.slug().equals(slugOrNumber)).findFirst();
	}

	public Optional<Slide> before(Slide slide) {
		return slide.number() > 1 ? Optional.of(slides.get(slide.number() - 2)) : Optional.empty();
	}

	public Optional<Slide> after(Slide slide) {
		return slide.number() < slides.size() ? Optional.of(slides.get(slide.number())) : Optional.empty();
	}

	public Slide last() {
		return slides.get(slides.size() - 1);
	}
}
