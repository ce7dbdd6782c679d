package fr.capcooperation.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The graduated path of a catalogue version ("la coopération ne se décrète pas, elle se
 * construit"): the question that asks how far the partners want to go, its steps from the
 * lightest to the most integrated, the step of each form, the step from which a form is a
 * common structure, and which prerequisites make such a structure premature. A ruleset with a
 * guidance recommends a form only on positive evidence; without one (catalogue version 1) it
 * ranks by score alone.
 *
 * @param ladderQuestion the single-choice question whose options are the steps
 * @param steps the steps, lightest first (the ladder question's options, "Je ne sais pas" left out)
 * @param stepOfForm the step of each form
 * @param structureFrom the first step whose forms are common structures (or a merger)
 * @param keyPrerequisites checklist lines that, answered at any level but "ready", make a
 *        structure premature
 * @param weakLevels checklist levels that make any line a warning (for instance "Pas encore")
 */
public record Guidance(String ladderQuestion, List<String> steps, Map<String, String> stepOfForm,
		String structureFrom, Set<String> keyPrerequisites, Set<String> weakLevels) {

	public Guidance {
		Objects.requireNonNull(ladderQuestion, "ladderQuestion");
		Objects.requireNonNull(structureFrom, "structureFrom");
		steps = List.copyOf(steps);
		stepOfForm = Collections.unmodifiableMap(new LinkedHashMap<>(stepOfForm));
		keyPrerequisites = Collections.unmodifiableSet(new LinkedHashSet<>(keyPrerequisites));
		weakLevels = Collections.unmodifiableSet(new LinkedHashSet<>(weakLevels));
	}

	/** The position of a form's step on the path, lightest first; after every step when it has none. */
	public int stepIndex(String form) {
		int index = steps.indexOf(stepOfForm.get(form));
		return index < 0 ? steps.size() : index;
	}

	/** Whether the form is a common structure or a merger (at or beyond {@link #structureFrom}). */
	public boolean isStructure(String form) {
		int from = steps.indexOf(structureFrom);
		return from >= 0 && stepIndex(form) >= from;
	}
}
