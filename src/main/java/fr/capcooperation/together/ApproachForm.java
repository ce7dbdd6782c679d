package fr.capcooperation.together;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The form that creates a shared approach: its name, the partner structures (one per line),
 * how many links each partner gets, and whether partners see each other's answers. Bound and
 * checked by Spring; {@link #partnerNames()} reads the lines.
 */
public final class ApproachForm {

	static final int NAME_LENGTH = 120;

	@NotBlank(message = "{together.error.name}")
	@Size(max = NAME_LENGTH, message = "{together.error.nameLength}")
	private String name = "";

	private String partners = "";

	/** As typed: {@link #linkCount} reads it. */
	private String links = "1";

	private boolean partnersSeeAnswers;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPartners() {
		return partners;
	}

	public void setPartners(String partners) {
		this.partners = partners;
	}

	public String getLinks() {
		return links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	/** The number of links per partner, or 0 when what was typed is not a number from 1 to the maximum. */
	static int linkCount(String links) {
		try {
			int count = Integer.parseInt(links.strip());
			return count >= 1 && count <= SharedApproach.MAX_LINKS_PER_PARTNER ? count : 0;
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	public boolean isPartnersSeeAnswers() {
		return partnersSeeAnswers;
	}

	public void setPartnersSeeAnswers(boolean partnersSeeAnswers) {
		this.partnersSeeAnswers = partnersSeeAnswers;
	}

	/** The partners' names, one per non-empty line, trimmed. */
	List<String> partnerNames() {
		List<String> names = new ArrayList<>();
		for (String line : partners.split("\\R")) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty()) {
				names.add(trimmed);
			}
		}
		return names;
	}

	/**
	 * What is wrong with partners' names added to those already there, as a message code (null
	 * when right): at least one new name, 2 to {@value SharedApproach#MAX_PARTNERS} in all, each
	 * short enough, none twice (whatever the case).
	 */
	static @Nullable String partnersProblem(List<String> existing, List<String> added) {
		if (added.isEmpty() && !existing.isEmpty()) {
			return "together.error.partnerName";
		}
		if (existing.size() + added.size() < 2) {
			return "together.error.partnersTooFew";
		}
		if (existing.size() + added.size() > SharedApproach.MAX_PARTNERS) {
			return "together.error.partnersTooMany";
		}
		Set<String> seen = new LinkedHashSet<>();
		existing.forEach(name -> seen.add(name.toLowerCase(Locale.ROOT)));
		for (String name : added) {
			if (name.length() > NAME_LENGTH) {
				return "together.error.partnerLength";
			}
			if (!seen.add(name.toLowerCase(Locale.ROOT))) {
				return "together.error.partnerTwice";
			}
		}
		return null;
	}
}
