package fr.capcooperation.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.Main;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.capcooperation.CapCooperationApplication;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.TestJourneys;

/**
 * The result PDF of the heaviest seeded case (a shared training centre: 11 forms excluded),
 * from the answers to the bytes: advice, Thymeleaf, jsoup, openhtmltopdf with fonts subset.
 * Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResultPdfBenchmark {

	private ConfigurableApplicationContext context;
	private ResultPdf pdf;
	private Advisor advisor;
	private Journey journey;

	@Setup(Level.Trial)
	public void start() {
		context = new SpringApplicationBuilder(CapCooperationApplication.class).web(WebApplicationType.SERVLET)
			.profiles("test")
			.run("--server.port=0", "--logging.level.root=WARN", "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
		pdf = context.getBean(ResultPdf.class);
		advisor = context.getBean(Advisor.class);
		Catalog catalog = context.getBean(CatalogService.class).current();
		Map<String, Object> answers = Map.of("integration", "structurer", "partners", List.of("associations", "public"),
				"member_count", 2, "legal_entity", "oui", "purpose", List.of("formation", "equipement"), "surplus",
				"reinvestis", "duration", "indeterminee", "governance", "une_voix", "readiness",
				Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint", "en_partie", "valeurs", "non",
						"objectifs", "oui", "solidarite", "oui", "qualite", "en_partie"));
		journey = TestJourneys.unsaved("benchmark", catalog, AnswerJson.read(catalog, answers).answers());
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
	}

	@Benchmark
	public byte[] trainingCentre() {
		return pdf.render(journey, advisor.advise(journey.catalog(), journey.answers()), LocalDate.of(2026, 11, 28));
	}

	public static void main(String[] args) throws Exception {
		Main.main(args);
	}
}
