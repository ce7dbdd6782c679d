package fr.capcooperation.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CatalogueVersionRepository extends Repository<CatalogueVersionEntity, Integer> {

	Optional<CatalogueVersionEntity> findByVersion(int version);

	// Native SQL and derived queries only: a JPQL string would load Spring Data's HQL parser at
	// start-up (about a second here).
	@Query(value = "SELECT MAX(version) FROM catalogue_version", nativeQuery = true)
	Optional<Integer> findLatestVersion();

	/** The history without the contents (a projection on the record's constructor). */
	List<CatalogVersionInfo> findAllByOrderByVersionDesc();

	/** A plain insert: a version is written once, and a version number taken meanwhile fails. */
	@Modifying
	@Query(value = "INSERT INTO catalogue_version (version, published_at, published_by, note, content) "
			+ "VALUES (:version, :publishedAt, :publishedBy, :note, :content)", nativeQuery = true)
	int insert(@Param("version") int version, @Param("publishedAt") Instant publishedAt,
			@Param("publishedBy") String publishedBy, @Param("note") String note, @Param("content") String content);
}
