package fr.capcooperation.rules;

import java.util.List;

/** A set of answer changes that, made together, would make an excluded form possible. */
public record ChangeSet(List<AnswerChange> changes) {

	public ChangeSet {
		changes = List.copyOf(changes);
	}
}
