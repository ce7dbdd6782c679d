package fr.capcooperation.benchmarks;

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
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.RulesEngine;

/**
 * One full evaluation of a seeded catalogue: version 1 (12 forms, 71 rules) and version 2 (17
 * forms, 141 rules, the graduated path), with the smallest changes of every excluded form. Run:
 * see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

	private final RulesEngine engine = SeedCatalog.VERSION_1.engine();

	/** An association and a town, shared training centre: 11 forms excluded, the heaviest case. */
	private final Answers trainingCentre = SeedCatalog.answers(Map.of("integration", "structurer", "partners",
			List.of("associations", "public"), "member_count", 2, "legal_entity", "oui", "purpose",
			List.of("formation", "equipement"), "surplus", "reinvestis", "duration", "indeterminee", "governance",
			"une_voix", "readiness", Map.of("besoins", "oui", "valeurs", "non")));

	/** Mostly "Je ne sais pas": nothing excluded, many answers to check. */
	private final Answers unsure = SeedCatalog.answers(Map.of("integration", "ne_sait_pas", "partners",
			List.of("associations"), "member_count", 5, "legal_entity", "ne_sait_pas", "purpose",
			List.of("moyens"), "surplus", "ne_sait_pas", "duration", "ne_sait_pas", "governance", "ne_sait_pas"));

	private final RulesEngine engineV2 = SeedCatalog.VERSION_2.engine();

	private final Answers trainingCentreV2 = SeedCatalog.answers(SeedCatalog.VERSION_2, Map.of("integration",
			"structurer", "partners", List.of("associations", "public"), "member_count", 2, "legal_entity", "oui",
			"purpose", List.of("formation", "equipement"), "surplus", "reinvestis", "duration", "indeterminee",
			"governance", "une_voix", "readiness", Map.of("besoins", "oui", "valeurs", "non")));

	private final Answers unsureV2 = SeedCatalog.answers(SeedCatalog.VERSION_2, Map.of("integration", "ne_sait_pas",
			"partners", List.of("associations", "essms"), "essms_managers", "ne_sait_pas", "member_count", 5,
			"legal_entity", "ne_sait_pas", "purpose", List.of("moyens"), "surplus", "ne_sait_pas", "duration",
			"ne_sait_pas", "governance", "ne_sait_pas"));

	@Benchmark
	public Recommendation trainingCentre() {
		return engine.evaluate(trainingCentre);
	}

	@Benchmark
	public Recommendation unsure() {
		return engine.evaluate(unsure);
	}

	/** Version 2, the same training centre: 14 forms excluded. */
	@Benchmark
	public Recommendation trainingCentreV2() {
		return engineV2.evaluate(trainingCentreV2);
	}

	/** Version 2, associations running social establishments, mostly "Je ne sais pas". */
	@Benchmark
	public Recommendation unsureV2() {
		return engineV2.evaluate(unsureV2);
	}

	public static void main(String[] args) throws Exception {
		Main.main(args);
	}
}
