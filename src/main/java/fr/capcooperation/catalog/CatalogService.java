package fr.capcooperation.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published catalogue versions. Each version is parsed once and kept in memory (they are
 * immutable); the latest one is what respondents get. A newer version published by another
 * instance is picked up within a few seconds.
 */
@Service
public class CatalogService {

	private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

	private final CatalogueVersionRepository repository;
	private final Clock clock;
	private final Map<Integer, Catalog> loaded = new ConcurrentHashMap<>();
	private volatile @Nullable Catalog current;

	CatalogService(CatalogueVersionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** The latest published version. */
	public Catalog current() {
		Catalog catalog = current;
		if (catalog == null) {
			catalog = refresh();
		}
		return catalog;
	}

	/** A given published version, if it exists: old results are shown with their own version. */
	public Optional<Catalog> version(int version) {
		Catalog catalog = loaded.get(version);
		if (catalog != null) {
			return Optional.of(catalog);
		}
		return repository.findByVersion(version).map(this::load);
	}

	/** Looks for a newer published version and makes it current. */
	@Scheduled(fixedDelayString = "${capcoop.catalog.refresh-interval:PT3S}",
			initialDelayString = "${capcoop.catalog.refresh-interval:PT3S}")
	@Transactional(readOnly = true)
	public synchronized Catalog refresh() {
		int latest = repository.findLatestVersion()
			.orElseThrow(() -> new IllegalStateException("no published catalogue version"));
		if (current == null || current.version() < latest) {
			current = version(latest).orElseThrow();
			log.info("Catalogue version {} is now the current one", latest);
		}
		return current;
	}

	/** Every published version, the latest first. */
	@Transactional(readOnly = true)
	public List<CatalogVersionInfo> history() {
		return repository.findAllByOrderByVersionDesc();
	}

	/**
	 * Publishes content as the next version and returns it. The content must build a catalogue
	 * whose rules are consistent; a version number taken meanwhile by another instance fails
	 * (nothing is overwritten). Call {@link #refresh()} afterwards to serve it at once.
	 */
	@Transactional
	public Catalog publish(CatalogContent content, String publishedBy, String note) {
		int next = repository.findLatestVersion().orElse(0) + 1;
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Catalog catalog = new Catalog(next, now, content);
		if (!catalog.ruleset().problems().isEmpty()) {
			throw new IllegalArgumentException("inconsistent rules: " + catalog.ruleset().problems());
		}
		repository.insert(next, now, publishedBy, note, CatalogReader.write(content));
		return catalog;
	}

	private Catalog load(CatalogueVersionEntity entity) {
		return loaded.computeIfAbsent(entity.getVersion(),
				version -> new Catalog(version, entity.getPublishedAt(), CatalogReader.read(entity.getContent())));
	}
}
