package fr.capcooperation.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CatalogueVersionRepository extends Repository<CatalogueVersionEntity, Integer> {

	Optional<CatalogueVersionEntity> findByVersion(int version);

	@Query("select max(v.version) from CatalogueVersionEntity v")
	Optional<Integer> findLatestVersion();
}
