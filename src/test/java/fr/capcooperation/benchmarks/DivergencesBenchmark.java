package fr.capcooperation.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.Main;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import fr.capcooperation.catalog.SeedCatalog;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.Divergences;
import fr.capcooperation.rules.GroupDiagnosis;
import fr.capcooperation.rules.PartnerAnswers;

/**
 * The coordinator's view of a shared approach as the engine computes it: 30 partners with 3
 * respondents each on catalogue version 2, answers that diverge on the degree of rapprochement,
 * the new legal person, the surplus, the governance and two prerequisites (the worst realistic
 * case: six questions to compare). Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DivergencesBenchmark {

	private static final String[] INTEGRATION = { "mutualiser", "structurer", "fusionner", "echanger", "ne_sait_pas" };
	private static final String[] LEGAL_ENTITY = { "non", "oui", "ne_sait_pas" };
	private static final String[] SURPLUS = { "reinvestis", "membres", "ne_sait_pas" };
	private static final String[] GOVERNANCE = { "une_voix", "ponderee", "colleges" };
	private static final String[] LEVELS = { "oui", "en_partie", "non" };

	private final Divergences divergences = new Divergences(SeedCatalog.VERSION_2.engine());

	private final List<PartnerAnswers> thirtyPartnersOfThree = partners(30, 3);

	static List<PartnerAnswers> partners(int count, int respondents) {
		List<PartnerAnswers> partners = new ArrayList<>();
		for (int p = 0; p < count; p++) {
			List<Answers> answers = new ArrayList<>();
			for (int r = 0; r < respondents; r++) {
				int i = p * respondents + r;
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("integration", INTEGRATION[i % INTEGRATION.length]);
				json.put("partners", List.of("associations", "public"));
				json.put("member_count", 3 + p % 4);
				json.put("legal_entity", LEGAL_ENTITY[i % LEGAL_ENTITY.length]);
				json.put("purpose", List.of("moyens", "formation"));
				json.put("surplus", SURPLUS[p % SURPLUS.length]);
				json.put("duration", "indeterminee");
				json.put("governance", GOVERNANCE[i % GOVERNANCE.length]);
				json.put("readiness", Map.of("besoins", "oui", "volontariat", LEVELS[i % LEVELS.length], "valeurs",
						LEVELS[(i + 1) % LEVELS.length], "projet_conjoint", "oui"));
				answers.add(SeedCatalog.answers(SeedCatalog.VERSION_2, json));
			}
			partners.add(new PartnerAnswers("partenaire-" + p, answers));
		}
		return partners;
	}

	@Benchmark
	public GroupDiagnosis thirtyPartnersOfThreeRespondents() {
		return divergences.diagnose(thirtyPartnersOfThree);
	}

	public static void main(String[] args) throws Exception {
		Main.main(args);
	}
}
