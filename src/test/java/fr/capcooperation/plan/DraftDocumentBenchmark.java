package fr.capcooperation.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogReader;
import fr.capcooperation.catalog.PlanContent;

/**
 * One generated draft document (the merger treaty, filled, as DOCX with Apache POI) and one
 * merger calendar counted back from its target date. Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx256m")
public class DraftDocumentBenchmark {

	private final PlanContent plan = new Catalog(2, Instant.EPOCH, CatalogReader.seedV2()).plan();

	@Benchmark
	public byte[] mergerTreaty() {
		return DraftDocumentsOpenInLibreOfficeTest.mergerTreaty();
	}

	@Benchmark
	public PlanCalendar.Calendar mergerCalendar() {
		return PlanCalendar.of(plan.steps("fusion"),
				List.of(plan.readinessStep("projet_conjoint").orElseThrow(), plan.readinessStep("besoins").orElseThrow()),
				LocalDate.of(2027, 6, 15), LocalDate.of(2027, 1, 4));
	}
}
