package fr.capcooperation.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code catalogue_version}: written once at publication, never updated. */
@Entity
@Table(name = "catalogue_version")
class CatalogueVersionEntity {

	@Id
	private Integer version;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "published_by", nullable = false)
	private String publishedBy;

	private String note;

	@Column(nullable = false, columnDefinition = "text")
	private String content;

	protected CatalogueVersionEntity() {
	}

	Integer getVersion() {
		return version;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	String getPublishedBy() {
		return publishedBy;
	}

	String getNote() {
		return note;
	}

	String getContent() {
		return content;
	}
}
