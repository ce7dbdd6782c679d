package fr.capcooperation.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.RuleOutcome;

/**
 * Evaluates a fixed, seeded series of answer sets on catalogue version 2 and prints a digest of
 * everything the engine said, so that a test can compare one run of the JVM with another (the
 * JDK's immutable sets and maps change their iteration order from one run to the next).
 */
final class DeterminismProbe {

	static final long SEED = 20_261_201L;
	static final int COUNT = 300;

	private DeterminismProbe() {
	}

	public static void main(String[] args) {
		Catalog catalog = new Catalog(2, Instant.EPOCH, CatalogReader.seedV2());
		// CHECKSTYLE:OFF the digest is this child process's answer to the test that started it, read on its stdout
		System.out.println("digest " + digest(catalog, SEED, COUNT));
		// CHECKSTYLE:ON
	}

	static String digest(Catalog catalog, long seed, int count) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Answers answers : AnswerSets.seeded(catalog.ruleset(), seed, count)) {
				sha.update(describe(catalog.engine().evaluate(answers)).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every status, score, rank, hold, reason, change, unknown and warning, in order. */
	static String describe(Recommendation result) {
		StringBuilder text = new StringBuilder();
		for (FormAssessment form : result.forms()) {
			text.append(form.form()).append(' ').append(form.status()).append(' ').append(form.score()).append(' ')
				.append(form.rank()).append(' ').append(form.tied()).append(' ').append(form.holds()).append(' ')
				.append(form.warning()).append('\n');
			for (RuleOutcome outcome : form.outcomes()) {
				text.append("  ").append(outcome.rule().key()).append(' ').append(outcome.effect()).append(' ')
					.append(outcome.questions().stream().sorted().toList()).append('\n');
			}
			form.changes().forEach(change -> text.append("  change ").append(change).append('\n'));
		}
		text.append(result.unknowns()).append('\n').append(result.undecided()).append('\n')
			.append(result.readiness()).append('\n');
		return text.toString();
	}
}
